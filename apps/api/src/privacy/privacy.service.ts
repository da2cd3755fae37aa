import type { Page } from '@koers/shared/api';
import {
  ERASED_PERSON_NAME,
  type ErasePersonResponse,
  PERSONAL_DATA_EXPORT_FORMAT,
  type PersonalDataExport,
  type PersonSummary,
} from '@koers/shared/privacy';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { ZipFile } from 'yazl';
import { amsterdamWallClock } from '@koers/shared/amsterdam-clock';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import { type AuthContext, requireLoginSession } from '../auth/auth-context';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { NotAuthenticatedError, NotFoundError } from '../errors/koers-error';
import { FileStorage } from '../files/file-storage';
import { Outbox } from '../mail/outbox';
import { WebhookOutboxRepository } from '../webhooks/webhook-outbox.repository';
import { WorkshopsService } from '../workshops/workshops.service';
import { withZipPaths } from './export-paths';
import { CannotEraseYourselfError, PersonAlreadyErasedError } from './privacy.errors';
import { PrivacyRepository } from './privacy.repository';

export const EXPORT_JSON_NAME = 'gegevens.json';

export interface PersonalDataZip {
  fileName: string;
  stream: Readable;
}

/** The export's file name, with the day it was made in Amsterdam (made at 00:30 on 7 December, it is of the 7th). */
export const exportFileName = (document: PersonalDataExport, extension: 'json' | 'zip') =>
  `koers-mijn-gegevens-${instantToAmsterdam(new Date(document.exportedAt)).date}.${extension}`;

@Injectable()
export class PrivacyService {
  private readonly logger = new Logger('Privacy');

  constructor(
    private readonly access: AccessService,
    private readonly privacy: PrivacyRepository,
    private readonly files: FileStorage,
    private readonly outbox: Outbox,
    private readonly workshops: WorkshopsService,
    private readonly enrolments: EnrolmentsService,
    private readonly webhooks: WebhookOutboxRepository,
  ) {}

  /** The logged-in person's own data; everyone may export their own, nobody anyone else's. */
  async exportMine(auth: AuthContext): Promise<PersonalDataExport> {
    return (await this.collect(auth)).document;
  }

  /**
   * The same document as `gegevens.json` plus every uploaded file (hand-ins, discussion attachments, the who's who
   * photo), as a zip that is streamed while it is written: files are read from storage one at a time, so a large
   * export never sits in memory.
   */
  async exportMineAsZip(auth: AuthContext): Promise<PersonalDataZip> {
    const { document, entries, storageKeyOf } = await this.collect(auth);
    const zip = new ZipFile();
    // A zip's times are the reader's wall clock, without a zone: Amsterdam's, as every date Koers writes. Only those:
    // the extra field with an instant (written from the shifted date) would be read first, an hour or two off.
    zip.addBuffer(Buffer.from(JSON.stringify(document, null, 2)), EXPORT_JSON_NAME, { mtime: amsterdamWallClock(new Date(document.exportedAt)), forceDosTimestamp: true });
    for (const entry of entries) {
      const storageKey = storageKeyOf.get(entry.fileId)!;
      // Already compressed formats (PDF, Office, images) gain nothing from deflate.
      zip.addReadStreamLazy(entry.pathInZip, { mtime: amsterdamWallClock(new Date(entry.mtime)), forceDosTimestamp: true, compress: false }, (done) => done(null, this.files.open(storageKey)));
    }
    zip.end();
    return { fileName: exportFileName(document, 'zip'), stream: zip.outputStream as Readable };
  }

  async searchPeople(auth: AuthContext, query: PageQueryDto & { search?: string }): Promise<Page<PersonSummary>> {
    this.access.requireProgrammeOffice(auth, 'people.manage');
    const { items, total } = await readPage(query, (limit, offset) => this.privacy.findPeoplePage(query.search?.trim() ?? '', limit, offset));
    return toPage(items, total, query);
  }

  /** Erases a person (see PrivacyRepository.erase for what happens to each kind of data), then their files on disk. */
  async erase(auth: AuthContext, personId: string): Promise<ErasePersonResponse> {
    this.access.requireProgrammeOffice(auth, 'people.manage');
    // It cannot be undone: a leaked token must not be able to wipe people (other administrators included) in a loop.
    requireLoginSession(auth);
    // An admin erasing themselves would end their own session mid-request and could leave no admin behind.
    if (personId === auth.personId) throw new CannotEraseYourselfError();
    // They leave the editions under way as if withdrawn, and their places in workshops still to come go to the first
    // waiting, as when someone switches.
    const outcome = await this.privacy.erase(personId, async (manager) => {
      await this.enrolments.withdrawFromOngoingEditions(manager, personId);
      await this.workshops.releaseComingPlaces(manager, personId, null);
      // Receivers that keep copies of people (a CRM, an HR sync) are told, to erase theirs (AVG art. 19).
      await this.webhooks.enqueue(manager, [{ event: 'person.erased', key: `person.erased:${personId}`, data: { personId } }]);
    });
    if (outcome.kind === 'not_found') throw new NotFoundError();
    if (outcome.kind === 'already_erased') throw new PersonAlreadyErasedError();
    // After the commit: a rolled-back erase must not have lost any file. At once, not through the trash: erased is
    // gone, also from a backup running now (which may then name a file it lacks). A file that fails to go is logged;
    // no database row refers to it any more.
    await this.files.discard(outcome.storageKeys).catch((error: unknown) =>
      this.logger.error({ msg: 'Erased person files could not all be removed', personId, storageKeys: outcome.storageKeys, error: String(error) }),
    );
    // Copies of their mails in the outbox folder carry their name and address too.
    await this.outbox.removeErased(outcome.deliveryIds, { personId });
    return {
      id: personId,
      name: ERASED_PERSON_NAME,
      erasedAt: outcome.erasedAt.toISOString(),
      filesRemoved: outcome.storageKeys.length,
      attendanceKept: outcome.attendanceKept,
    };
  }

  private async collect(auth: AuthContext) {
    const exported = await this.privacy.exportOf(auth.personId);
    // The session outlived its person only if they were erased during this request.
    if (!exported) throw new NotAuthenticatedError();
    const storageKeyOf = new Map(exported.storedFiles.map((file) => [file.id, file.storageKey]));
    const available = new Set<string>();
    await Promise.all(
      exported.storedFiles.map(async (file) => {
        if (await this.opens(file.storageKey)) available.add(file.id);
        else this.logger.warn({ msg: 'Stored file missing from export', fileId: file.id });
      }),
    );
    const { data, entries } = withZipPaths(exported.data, available);
    const document: PersonalDataExport = { format: PERSONAL_DATA_EXPORT_FORMAT, version: 2, exportedAt: new Date().toISOString(), ...data };
    return { document, entries, storageKeyOf };
  }

  /** Whether a stored file can be read, checked before the zip starts so a missing one cannot break it halfway. */
  private opens(storageKey: string): Promise<boolean> {
    return this.files.read(storageKey).then(
      (stream) => {
        stream.destroy();
        return true;
      },
      () => false,
    );
  }
}
