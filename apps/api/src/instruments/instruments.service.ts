import type { InstrumentVersionRequest, InstrumentVersionView, InstrumentView } from '@koers/shared/measurements';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { NotFoundError } from '../errors/koers-error';
import { InstrumentDraftExistsError, InstrumentVersionPublishedError } from './instruments.errors';
import { InstrumentsRepository } from './instruments.repository';

/**
 * The measuring instruments, managed by the programme office. A published version is never changed: answers keep the
 * version they were given on. Changes go into a draft, a copy of the latest version, which is published when ready.
 */
@Injectable()
export class InstrumentsService {
  constructor(
    private readonly access: AccessService,
    private readonly instruments: InstrumentsRepository,
  ) {}

  list(auth: AuthContext): Promise<InstrumentView[]> {
    this.access.requireProgrammeOffice(auth, 'instruments.manage');
    return this.instruments.list();
  }

  createDraft(auth: AuthContext, instrumentId: string): Promise<InstrumentVersionView> {
    this.access.requireProgrammeOffice(auth, 'instruments.manage');
    return this.instruments.transaction(async (manager) => {
      const instrument = await this.instruments.lockInstrument(instrumentId, manager);
      if (!instrument) throw new NotFoundError();
      if (instrument.hasDraft) throw new InstrumentDraftExistsError();
      const draftId = await this.instruments.createDraftFrom(instrument.latestVersionId, manager);
      return this.versionView(draftId, manager);
    });
  }

  updateDraft(auth: AuthContext, versionId: string, request: InstrumentVersionRequest): Promise<InstrumentVersionView> {
    this.access.requireProgrammeOffice(auth, 'instruments.manage');
    return this.withDraft(versionId, async (manager) => {
      await this.instruments.replaceContent(versionId, request.dimensions, manager);
    });
  }

  publish(auth: AuthContext, versionId: string): Promise<InstrumentVersionView> {
    this.access.requireProgrammeOffice(auth, 'instruments.manage');
    return this.withDraft(versionId, (manager) => this.instruments.publish(versionId, manager));
  }

  /** Runs the change on a locked draft and answers the version as it then is; a published version is refused. */
  private withDraft(versionId: string, change: (manager: EntityManager) => Promise<void>): Promise<InstrumentVersionView> {
    return this.instruments.transaction(async (manager) => {
      const version = await this.instruments.lockVersion(versionId, manager);
      if (!version) throw new NotFoundError();
      if (version.published) throw new InstrumentVersionPublishedError();
      await change(manager);
      return this.versionView(versionId, manager);
    });
  }

  private async versionView(versionId: string, manager: EntityManager): Promise<InstrumentVersionView> {
    const view = await this.instruments.version(versionId, manager);
    if (!view) throw new NotFoundError();
    return view;
  }
}
