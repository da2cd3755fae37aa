import { randomUUID } from 'node:crypto';
import type { Page } from '@koers/shared/api';
import type { PersonChangeEntry, UpdatePersonRequest } from '@koers/shared/people';
import type { PersonSummary } from '@koers/shared/privacy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import { type AuthContext, requireLoginSession } from '../auth/auth-context';
import { NotAuthenticatedError, NotFoundError } from '../errors/koers-error';
import { AccountInvitations } from '../invitations/account-invitations.service';
import { MailQueueRepository } from '../mail/mail-queue.repository';
import { type FieldChange, PeopleRepository } from '../people/people.repository';
import { EmailTakenError } from './privacy.errors';
import { PrivacyRepository } from './privacy.repository';

/**
 * Correcting a person (AVG/GDPR art. 16, and a garbled import): the programme office fixes a name, email or
 * organisation; everyone fixes their own name. Every change is kept with who made it, and a changed address is told
 * to both the old and the new one, queued in the same transaction; the password links sent to the old one end.
 *
 * The name on a certificate is vouched for by the programme office, so only the office's correction carries over to
 * the certificates a person holds (and their verification pages); one's own rename does not.
 */
@Injectable()
export class PersonCorrectionsService {
  constructor(
    private readonly access: AccessService,
    private readonly people: PeopleRepository,
    private readonly privacy: PrivacyRepository,
    private readonly mailQueue: MailQueueRepository,
    private readonly accountInvitations: AccountInvitations,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async correct(auth: AuthContext, personId: string, request: UpdatePersonRequest): Promise<PersonSummary> {
    this.access.requireProgrammeOffice(auth, 'people.manage');
    await this.apply(auth, personId, request, { onCertificates: request.name !== undefined });
    const [person] = (await this.privacy.findPeoplePage('', 1, 0, personId)).items;
    return person;
  }

  /** `PATCH /api/me`: one's own name, recorded like any correction. */
  async renameMyself(auth: AuthContext, name: string): Promise<void> {
    await this.apply(auth, auth.personId, { name }, { onCertificates: false });
  }

  async changes(auth: AuthContext, personId: string, query: PageQueryDto): Promise<Page<PersonChangeEntry>> {
    this.access.requireProgrammeOffice(auth, 'people.manage');
    const { items, total } = await readPage(query, (limit, offset) => this.people.changes(personId, limit, offset));
    if (total === 0 && !(await this.people.exists(personId))) throw new NotFoundError();
    return toPage(items, total, query);
  }

  private async apply(auth: AuthContext, personId: string, request: UpdatePersonRequest, { onCertificates }: { onCertificates: boolean }): Promise<void> {
    await this.db.transaction(async (manager) => {
      const before = await this.people.lockDetails(personId, manager);
      // One's own row is gone only when one was erased while this request waited: as for every write of theirs, 401.
      if (!before) throw personId === auth.personId ? new NotAuthenticatedError() : new NotFoundError();
      const organisation =
        request.organisation === undefined
          ? { id: before.organisationId, name: before.organisationName }
          : request.organisation === null
            ? { id: null, name: null }
            : (await this.people.findOrCreateOrganisations([{ name: request.organisation }], manager)).get(request.organisation)!;
      const after = { name: request.name ?? before.name, email: request.email ?? before.email, organisationId: organisation.id };
      const changes: FieldChange[] = [
        { field: 'name' as const, oldValue: before.name, newValue: after.name },
        { field: 'email' as const, oldValue: before.email, newValue: after.email },
        { field: 'organisation' as const, oldValue: before.organisationName, newValue: organisation.name },
      ].filter((change) => change.oldValue !== change.newValue);
      // A new address receives the password links: a leaked API token must not be able to move an account there.
      if (after.email !== before.email) requireLoginSession(auth);
      if ((await this.people.correct(personId, after, changes, auth.personId, manager)) === 'email_taken') throw new EmailTakenError();
      // The office's own correction of the name: the dialog sends the name with every save, unchanged or not.
      if (onCertificates && after.name !== before.name) await this.privacy.nameOnCertificates(personId, after.name, manager);
      if (after.email === before.email) return;
      await this.accountInvitations.readdress({ id: personId, activated: before.activated, newEmail: after.email }, manager);
      const event = `email_changed:${randomUUID()}`;
      // Someone without a password yet finds the new address in their new invitation; the old one hears of it.
      const told = before.activated ? (['old', 'new'] as const) : (['old'] as const);
      await this.mailQueue.enqueue(
        manager,
        told.map((to) => ({
          personId,
          kind: 'email_changed' as const,
          eventKey: `${event}:${to}`,
          payload: { oldEmail: before.email, newEmail: after.email, to, passwordKept: before.activated },
        })),
      );
    });
  }
}
