import { DEFAULT_LOCALE, type Locale } from '@koers/shared/domain';
import type {
  EnrolmentImportReport,
  EnrolmentListItem,
  EnrolmentStatus,
  EnrolRequest,
  EnrolResult,
  ImportOutcome,
  ImportRowReport,
  WithdrawResult,
} from '@koers/shared/enrolments';
import { IMPORT_OUTCOMES } from '@koers/shared/enrolments';
import type { EditionRole } from '@koers/shared/roles';
import type { Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import type { AuthContext } from '../auth/auth-context';
import type { EntityManager } from 'typeorm';
import type { ExportTable } from '../app/export-table';
import { listInWords } from '../app/list-in-words';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import { AccountInvitations } from '../invitations/account-invitations.service';
import { InvitationsService } from '../invitations/invitations.service';
import { assertEditionWritable, isPublished } from '../editions/edition-status.rules';
import { NotFoundError } from '../errors/koers-error';
import type { Localized } from '../errors/localized';
import type { CalendarChangeReason } from '../mail/mail-queue.repository';
import { NotificationsService, type SessionsInAndOut } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { WorkshopsService } from '../workshops/workshops.service';
import { enrolmentsPromoted, enrolmentsWithdrawn, WebhookOutboxRepository } from '../webhooks/webhook-outbox.repository';
import { type EnrolmentCsvRow, readEnrolmentFile, rowNotes, rowProblems } from './csv/enrolment-csv';
import { describeProblem, type ImportProblem } from './csv/describe-problem';
import { enrolmentsTable } from './enrolments.export';
import {
  AlreadyEnrolledError,
  DirectorInInternalTeamError,
  InternalTeamOtherRoleError,
  OwnDirectorError,
  ParticipantAsStaffError,
  ParticipantHasDirectorError,
  ParticipantNotEnrolledError,
  StaffInEditionError,
} from './enrolments.errors';
import { isActiveStaff, isActiveTeamMember, isStaffRole } from './roles-in-edition.rules';
import { ROLE_NAMES } from '../app/role-names';
import {
  type EditionSeats,
  EnrolmentsRepository,
  type ExistingEnrolment,
  type LinkedParticipants,
  type NewEnrolment,
  participantsLinkedTo,
  plainEnrolment,
  type PromotedParticipant,
} from './enrolments.repository';
import { isMailAddress } from '../app/text';

/** An uploaded list as it came: its bytes and the media type the client declared (the content decides how it is read). */
export interface EnrolmentFile {
  bytes: Uint8Array;
  mediaType: string;
}

/** Someone to enrol, from the form or a CSV row. */
interface Candidate {
  role: EditionRole;
  name: string;
  email: string;
  organisation: string | null;
  region: string | null;
  directorEmail: string | null;
  directorName: string | null;
  challengeTitle: string | null;
  /** From an application: the challenge as the applicant described it. */
  challengeDescription?: string;
  participantEmail: string | null;
  roleInOrganisation: string | null;
  /** The language of a new account (theirs and their director's): an application's, or the one chosen when enrolling; otherwise the default. */
  locale?: Locale;
  /** A director who may take the place of the participant's current one. */
  replaceDirector?: boolean;
}

/** An accepted application, enrolled as participant with their director. */
export interface Applicant {
  name: string;
  email: string;
  organisation: string;
  region: string;
  directorName: string;
  directorEmail: string;
  challenge: string;
  locale: Locale;
}

type Decision =
  /** `otherDirector`: the row names a director the enrolled participant does not have (their own, or none, is `current`). */
  | { outcome: 'already_enrolled'; otherDirector?: { current: string | null } }
  | { outcome: 'withdrawn_before' }
  | { outcome: 'staff_in_edition' }
  | { outcome: 'participant_in_edition' }
  | { outcome: 'internal_team_in_edition' }
  | { outcome: 'director_in_internal_team' }
  | { outcome: 'participant_not_enrolled' }
  | { outcome: 'participant_has_director'; currentDirector: string }
  | {
      outcome: 'enrolled' | 'waitlisted';
      status: Exclude<EnrolmentStatus, 'withdrawn'>;
      waitlistPosition: number | null;
      /** An internal-team member's or director's participant. */
      participantEnrolmentId: string | null;
      /** The address of the director this director replaces (`replaceDirector`). */
      replacesDirectorEmail?: string;
      /** That director, and the participant they no longer sponsor. */
      replacedDirector?: { id: string; participantPersonId: string };
      /** A director of the edition named for one more participant: the enrolment they have. */
      existingEnrolmentId?: string;
    };

/** After writing, an accepted candidate also knows their enrolment; a dry run stops at the decision. */
type Result = Decision & { enrolmentId?: string | null; personId?: string; invited?: boolean };

interface Invitation {
  person: { id: string };
  role: EditionRole;
  waitlisted: boolean;
}

/**
 * Enrolling people in an edition, one by one or from a CSV file, through one path: the edition is locked,
 * participants beyond its capacity go on the waiting list, people and organisations are found or created,
 * a participant's director is enrolled with them, and everyone new gets an invitation, queued in the same transaction
 * (for a draft edition: when it is published).
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly access: AccessService,
    private readonly enrolments: EnrolmentsRepository,
    private readonly people: PeopleRepository,
    private readonly accountInvitations: AccountInvitations,
    private readonly invitations: InvitationsService,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhookOutboxRepository,
    private readonly workshops: WorkshopsService,
    private readonly assignments: AssignmentsRepository,
  ) {}

  async enrol(auth: AuthContext, editionId: string, request: EnrolRequest): Promise<EnrolResult> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    const [result] = await this.enrolCandidates(editionId, [fromRequest(request)], { dryRun: false });
    throwIfRefused(result);
    return {
      enrolmentId: result.enrolmentId!,
      personId: result.personId!,
      role: request.role,
      status: result.status,
      waitlistPosition: result.waitlistPosition,
      invited: result.invited ?? false,
    };
  }

  /** Checks every row of the file, CSV or Excel workbook (dry run), or enrols the good ones in one transaction; a second run adds nobody. */
  async import(auth: AuthContext, editionId: string, file: EnrolmentFile, dryRun: boolean, locale: Locale): Promise<EnrolmentImportReport> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    const { rows, ignoredColumns, format, encoding, lettersMayBeLost } = await readEnrolmentFile(file.bytes, file.mediaType);
    const problems = rowProblems(rows, { lettersMayBeLost });
    const valid = rows.filter((row) => problems.get(row.row)!.length === 0);
    // Importing the file again (with rows added, say) must not undo a withdrawal made since.
    const results = await this.enrolCandidates(editionId, valid.map(fromCsvRow), { dryRun, keepWithdrawn: true });
    const resultByRow = new Map(valid.map((row, index) => [row.row, results[index]]));

    const notes = rowNotes(rows);
    const reports = rows.map((row): ImportRowReport => {
      const report = outcomeOf(row);
      return { ...report, problems: [...report.problems, ...notes.get(row.row)!.map((note) => describeProblem(note, locale))] };
    });
    function outcomeOf(row: EnrolmentCsvRow): ImportRowReport {
      const base = { row: row.row, name: row.name, email: row.email };
      const rejected = problems.get(row.row)!;
      if (rejected.length > 0) return { ...base, outcome: 'rejected', problems: rejected.map((problem) => describeProblem(problem, locale)) };
      const result = resultByRow.get(row.row)!;
      if (result.outcome === 'enrolled') return { ...base, outcome: 'enrolled', problems: [] };
      if (result.outcome === 'waitlisted') {
        return { ...base, outcome: 'waitlisted', problems: [describeProblem({ code: 'over_capacity', waitlistPosition: result.waitlistPosition! }, locale)] };
      }
      if (result.outcome === 'withdrawn_before') return { ...base, outcome: 'rejected', problems: [describeProblem({ code: 'withdrawn_from_edition' }, locale)] };
      if (result.outcome === 'staff_in_edition' || result.outcome === 'internal_team_in_edition' || result.outcome === 'director_in_internal_team') {
        return { ...base, outcome: 'rejected', problems: [describeProblem({ code: result.outcome }, locale)] };
      }
      // A director changed in the file is not taken over: a sponsor is replaced only when asked (Enrol someone).
      const problem: ImportProblem = 'otherDirector' in result && result.otherDirector ? { code: 'already_enrolled_other_director', currentDirector: result.otherDirector.current } : { code: 'already_enrolled' };
      return { ...base, outcome: 'already_enrolled', problems: [describeProblem(problem, locale)] };
    }
    const counts = Object.fromEntries(IMPORT_OUTCOMES.map((outcome) => [outcome, reports.filter((r) => r.outcome === outcome).length])) as Record<
      ImportOutcome,
      number
    >;
    return { dryRun, format, encoding, ignoredColumns, rows: reports, summary: { rows: reports.length, ...counts } };
  }

  async list(auth: AuthContext, editionId: string, query: PageQueryDto & { role?: EditionRole; status?: EnrolmentStatus; search?: string }): Promise<Page<EnrolmentListItem>> {
    await this.access.requireInEdition(auth, 'edition.read', editionId);
    const { items, total } = await readPage(query, (limit, offset) => this.enrolments.page(editionId, query, limit, offset));
    if (total === 0 && !(await this.enrolments.seats(editionId, { lock: false }))) throw new NotFoundError();
    return toPage(items, total, query);
  }

  /** Everyone enrolled in the edition, in every role and status, as a table for Excel (CSV or workbook). */
  async export(auth: AuthContext, editionId: string, locale: Locale): Promise<ExportTable<EnrolmentListItem>> {
    await this.access.requireInEdition(auth, 'edition.read', editionId);
    const edition = await this.enrolments.seats(editionId, { lock: false });
    if (!edition) throw new NotFoundError();
    const { items } = await this.enrolments.page(editionId, {}, null, 0);
    return enrolmentsTable(edition.name, items, locale);
  }

  /** Withdraws an enrolment (the record stays); a participant's place goes to the first on the waiting list. */
  async withdraw(auth: AuthContext, editionId: string, enrolmentId: string): Promise<WithdrawResult> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    return this.enrolments.transaction(async (manager) => {
      await this.writableSeats(editionId, { lock: true }, manager);
      const result = await this.withdrawLocked(manager, editionId, enrolmentId);
      if (!result) throw new NotFoundError();
      return result;
    });
  }

  /**
   * Withdraws an enrolment in the caller's transaction, which holds the edition's lock (`seats` with `lock`): the
   * webhook, the place to the first on the enrolments' waiting list, a participant's coming workshop places to the
   * first on theirs, and a mail to each of them whose calendar it changed (sessions out, or in). Null when it is no
   * enrolment of the edition.
   */
  async withdrawLocked(manager: EntityManager, editionId: string, enrolmentId: string, { tellDirector = true } = {}): Promise<WithdrawResult | null> {
    const withdrawnPeople = new Set<string>();
    const formerTeam = new Set<string>();
    const releasedDelegates = new Set<string>();
    let promoted: PromotedParticipant[] = [];
    const why = (personId: string, change: SessionsInAndOut): CalendarChangeReason | undefined =>
      withdrawnPeople.has(personId)
        ? 'withdrawn'
        : formerTeam.has(personId)
          ? 'team_ended'
          : releasedDelegates.has(personId)
            ? 'director_withdrawn'
            : promotionReason(promoted)(personId, change);
    return this.notifications.updatingCalendars(manager, [editionId], why, async () => {
      const withdrawn = await this.enrolments.withdraw(editionId, enrolmentId, manager);
      if (!withdrawn) return null;
      // Withdrawn already (a double click, two people at once, a retried request): nothing changes, nobody hears of it again.
      if (withdrawn.previousStatus === 'withdrawn') return { promoted: [] };
      withdrawnPeople.add(withdrawn.personId);
      // A participant's internal team is there for them: it leaves with them, and nobody joins it any more (joining
      // takes the edition's lock this withdrawal holds, so it comes before or after, never between).
      const team = withdrawn.role === 'participant' ? await this.enrolments.withdrawInternalTeam(enrolmentId, manager) : [];
      for (const member of team) formerTeam.add(member.personId);
      if (withdrawn.role === 'participant') await this.invitations.withdrawTeamInvitations(enrolmentId, manager);
      // So does their director when they sponsor nobody else in it: the board meetings are for the participants' directors.
      const idleDirector = withdrawn.role === 'participant' && withdrawn.directorPersonId ? await this.withdrawIdleDirector(manager, editionId, withdrawn.directorPersonId) : null;
      if (idleDirector) withdrawnPeople.add(idleDirector.personId);
      const directorsOut = [...(withdrawn.role === 'director' ? [withdrawn.personId] : []), ...(idleDirector ? [idleDirector.personId] : [])];
      for (const delegate of await this.invitations.withdrawDirectorsComingAnswers(editionId, directorsOut, manager)) releasedDelegates.add(delegate);
      await this.webhooks.enqueue(
        manager,
        enrolmentsWithdrawn([
          { enrolmentId, editionId, personId: withdrawn.personId, role: withdrawn.role },
          ...team.map((member) => ({ ...member, editionId, role: 'internal_team_member' as const })),
          ...(idleDirector ? [{ ...idleDirector, editionId, role: 'director' as const }] : []),
        ]),
      );
      await this.accountInvitations.withdraw(await this.people.accountsLeftUnused([...withdrawnPeople, ...formerTeam], manager), manager);
      if (withdrawn.role !== 'participant') return { promoted: [] };
      if (tellDirector && withdrawn.previousStatus === 'active' && withdrawn.directorPersonId) {
        await this.tellDirectorSponsorshipEnded(manager, editionId, withdrawn.personId, withdrawn.directorPersonId, 'withdrawn');
      }
      await this.workshops.releaseComingPlaces(manager, withdrawn.personId, editionId);
      promoted = await this.promoteFromWaitlist(editionId, manager);
      return { promoted: promoted.map(({ enrolmentId, name }) => ({ enrolmentId, name })) };
    });
  }

  /** Fills free places from the waiting list (the caller holds the edition's lock); whoever moves up joins late as anyone. */
  async promoteFromWaitlist(editionId: string, manager: EntityManager): Promise<PromotedParticipant[]> {
    const promoted = await this.enrolments.promoteFromWaitlist(editionId, manager);
    await this.webhooks.enqueue(manager, enrolmentsPromoted(editionId, promoted));
    await this.assignments.extendForLateEnrolment(
      promoted.map((p) => p.enrolmentId),
      manager,
    );
    return promoted;
  }

  /**
   * Someone erased leaves every edition that has not completed, as if the programme office withdrew each of their
   * enrolments (places to the waiting lists, coming sessions out of everyone's planning), in the erasure's
   * transaction. Completed editions keep their enrolments as the record of what was.
   */
  async withdrawFromOngoingEditions(manager: EntityManager, personId: string): Promise<void> {
    const editionIds = new Set((await this.enrolments.ongoingEnrolmentsOf(personId, manager)).map((enrolment) => enrolment.editionId));
    for (const editionId of editionIds) {
      await this.enrolments.seats(editionId, { lock: true }, manager);
      // Read again under the edition's lock: an enrolment withdrawn, or an edition completed, meanwhile stays as it is.
      // Their director is not told: the mail could not say of whom.
      for (const { enrolmentId } of await this.enrolments.ongoingEnrolmentsOf(personId, manager, editionId)) {
        await this.withdrawLocked(manager, editionId, enrolmentId, { tellDirector: false });
      }
    }
  }

  /**
   * Enrols an accepted applicant as an active participant with their director, in the caller's transaction (which
   * decided on the capacity under the edition's lock, so a place beyond it is the programme office's choice), through
   * the one enrolment path: accounts, challenge, webhooks and invitations. Answers the participant enrolment.
   */
  async enrolApplicant(manager: EntityManager, editionId: string, applicant: Applicant): Promise<{ enrolmentId: string }> {
    // A director erased since is named by the placeholder address, which is nobody's: the applicant is enrolled without.
    const director = isMailAddress(applicant.directorEmail) ? { directorEmail: applicant.directorEmail, directorName: applicant.directorName } : { directorEmail: null, directorName: null };
    const [result] = await this.enrolCandidates(
      editionId,
      [
        {
          role: 'participant',
          name: applicant.name,
          email: applicant.email,
          organisation: applicant.organisation,
          region: applicant.region,
          ...director,
          challengeTitle: '',
          challengeDescription: applicant.challenge,
          participantEmail: null,
          roleInOrganisation: null,
          locale: applicant.locale,
        },
      ],
      { dryRun: false, beyondCapacity: true },
      manager,
    );
    throwIfRefused(result);
    if (result.outcome !== 'enrolled' || !result.enrolmentId) throw new AlreadyEnrolledError();
    return { enrolmentId: result.enrolmentId };
  }

  /**
   * `beyondCapacity`: participants take a place even when the edition is full (an application accepted over capacity).
   * `keepWithdrawn`: someone withdrawn from the edition in the same role is not enrolled again (`withdrawn_before`).
   */
  private async enrolCandidates(
    editionId: string,
    candidates: Candidate[],
    { dryRun, beyondCapacity = false, keepWithdrawn = false }: { dryRun: boolean; beyondCapacity?: boolean; keepWithdrawn?: boolean },
    outer?: EntityManager,
  ): Promise<Result[]> {
    // The form, the file and the application form each refuse it on their field; this holds for what was stored before.
    if (candidates.some((c) => c.directorEmail !== null && c.directorEmail === c.email)) throw new OwnDirectorError();
    const emails = [...new Set(candidates.flatMap((c) => [c.email, c.participantEmail, c.directorEmail].filter((email): email is string => !!email)))];
    if (dryRun) {
      const seats = await this.writableSeats(editionId, { lock: false });
      return decide(candidates, seats, await this.enrolments.existing(editionId, emails), keepWithdrawn);
    }
    const work = async (manager: EntityManager) => {
      const seats = await this.writableSeats(editionId, { lock: true }, manager);
      // Someone already in the edition can gain or lose sessions by another's enrolment (a director whose waiting
      // participants are joined by one with a place, a director replaced); they are told which, as any calendar change.
      return this.notifications.updatingCalendars(manager, [editionId], () => undefined, async () => {
        const decisions = decide(
          candidates,
          beyondCapacity ? { ...seats, capacity: Number.POSITIVE_INFINITY } : seats,
          await this.enrolments.existing(editionId, emails, manager),
          keepWithdrawn,
        );
        const { results, invitations, enrolledPersonIds } = await this.write(editionId, candidates, decisions, manager);
        // A draft mails nobody: its people hear of it when it is published (`publish`).
        if (isPublished(seats.status)) {
          await this.inviteNewPeople(editionId, seats.name, invitations, manager);
          // Joining after the schedule went out: everyone just enrolled (a participant's director included) gets it
          // too, and no calendar update beside it; everyone else already has it, once.
          await this.notifications.schedulePublished(manager, editionId, enrolledPersonIds);
        }
        return results;
      });
    };
    return outer ? work(outer) : this.enrolments.transaction(work);
  }

  /** Organisations, people, enrolments, challenges and director links, each in one statement whatever the number of rows. */
  private async write(
    editionId: string,
    candidates: Candidate[],
    decisions: Decision[],
    manager: EntityManager,
  ): Promise<{ results: Result[]; invitations: Invitation[]; enrolledPersonIds: string[] }> {
    const accepted = candidates
      .map((candidate, index) => ({ candidate, decision: decisions[index] }))
      .filter((entry): entry is { candidate: Candidate; decision: Extract<Decision, { status: unknown }> } => 'status' in entry.decision);
    if (accepted.length === 0) return { results: decisions, invitations: [], enrolledPersonIds: [] };

    // Someone who has an account keeps their organisation: a name only they were given makes no organisation of 0 people.
    const organised = await this.people.withOrganisation(
      accepted.flatMap(({ candidate: c }) => (c.directorEmail ? [c.email, c.directorEmail] : [c.email])),
      manager,
    );
    const organisations = await this.people.findOrCreateOrganisations(
      accepted.flatMap(({ candidate: c }) =>
        c.organisation && (!organised.has(c.email) || (c.directorEmail && !organised.has(c.directorEmail))) ? [{ name: c.organisation, region: c.region }] : [],
      ),
      manager,
    );
    const organisationId = (name: string | null) => (name && organisations.get(name)?.id) || null;
    // A new person's name comes from their own row, else from a row naming them as director, else their address:
    // the first of these for an address is the one created. The language chosen is the participant's: a director
    // known only from their participant's row gets Koers' own, which they can change.
    const directorMentions = accepted.flatMap(({ candidate: c }) =>
      c.directorEmail ? [{ name: c.directorName, email: c.directorEmail, organisationId: organisationId(c.organisation), locale: DEFAULT_LOCALE }] : [],
    );
    const people = await this.people.findOrCreateByEmail(
      [
        ...accepted.map(({ candidate: c }) => ({ name: c.name, email: c.email, organisationId: organisationId(c.organisation), locale: c.locale })),
        ...directorMentions.flatMap((mention) => (mention.name ? [{ ...mention, name: mention.name }] : [])),
        ...directorMentions.map((mention) => ({ ...mention, name: mention.email })),
      ],
      manager,
    );
    const peopleByEmail = new Map(people.map((p) => [p.email, p]));
    const peopleById = new Map(people.map((p) => [p.id, p]));
    const person = (email: string) => peopleByEmail.get(email)!;

    const enrolments = new Map<string, NewEnrolment>();
    const add = (enrolment: NewEnrolment) => {
      const key = `${enrolment.personId} ${enrolment.role}`;
      if (!enrolments.has(key)) enrolments.set(key, enrolment);
    };
    for (const { candidate: c, decision } of accepted) {
      add({
        personId: person(c.email).id,
        role: c.role,
        status: decision.status,
        waitlistPosition: decision.waitlistPosition,
        directorPersonId: c.directorEmail ? person(c.directorEmail).id : null,
        supportsEnrolmentId: c.role === 'internal_team_member' ? decision.participantEnrolmentId : null,
        roleInOrganisation: c.roleInOrganisation,
      });
    }
    for (const { candidate: c } of accepted) {
      if (c.directorEmail) add(plainEnrolment(person(c.directorEmail).id, 'director'));
    }
    const inserted = await this.enrolments.upsert(editionId, [...enrolments.values()], manager);
    await this.assignments.extendForLateEnrolment(
      inserted.map((e) => e.id),
      manager,
    );
    // New rows and withdrawn ones enrolled again: both are a new enrolment to an integrator.
    const enrolledAt = new Date().toISOString();
    await this.webhooks.enqueue(
      manager,
      inserted.map((e) => ({
        event: 'enrolment.created' as const,
        key: `enrolment.created:${e.id}:${enrolledAt}`,
        data: { enrolmentId: e.id, editionId, personId: e.personId, role: e.role, status: enrolments.get(`${e.personId} ${e.role}`)!.status },
      })),
    );
    const insertedIds = new Map(inserted.map((e) => [`${e.personId} ${e.role}`, e.id]));
    const insertedId = (personId: string, role: EditionRole) => insertedIds.get(`${personId} ${role}`) ?? null;

    await this.enrolments.insertChallenges(
      accepted.flatMap(({ candidate: c }) => {
        const enrolmentId = c.role === 'participant' ? insertedId(person(c.email).id, 'participant') : null;
        return enrolmentId ? [{ enrolmentId, title: c.challengeTitle ?? '', description: c.challengeDescription ?? '' }] : [];
      }),
      manager,
    );
    for (const { candidate: c, decision } of accepted) {
      if (c.role === 'director' && decision.participantEnrolmentId) await this.enrolments.linkDirector(decision.participantEnrolmentId, person(c.email).id, manager);
      if (decision.replacedDirector) {
        await this.tellDirectorSponsorshipEnded(manager, editionId, decision.replacedDirector.participantPersonId, decision.replacedDirector.id, 'other_director');
      }
    }
    // A director replaced who now sponsors nobody in the edition leaves it, as the programme office withdraws someone:
    // their board meetings leave their calendar, by mail.
    for (const directorPersonId of new Set(accepted.flatMap(({ decision }) => (decision.replacedDirector ? [decision.replacedDirector.id] : [])))) {
      const idle = await this.enrolments.directorEnrolmentSponsoringNobody(editionId, directorPersonId, manager);
      if (idle) await this.withdrawLocked(manager, editionId, idle);
    }

    // Someone enrolled twice at once (a participant who is also another's director) gets one mail. Besides new people,
    // so does someone enrolled again whose invitation link no longer works (ended when they were withdrawn, or expired).
    const relinked = await this.enrolments.withoutUsableLink(
      inserted.flatMap((e) => (peopleById.get(e.personId)!.created ? [] : [e.personId])),
      manager,
    );
    const invitations = new Map<string, Invitation>();
    for (const enrolment of enrolments.values()) {
      const invitee = peopleById.get(enrolment.personId)!;
      if ((invitee.created || relinked.has(invitee.id)) && insertedId(invitee.id, enrolment.role) && !invitations.has(invitee.id)) {
        invitations.set(invitee.id, { person: invitee, role: enrolment.role, waitlisted: enrolment.status === 'waitlisted' });
      }
    }
    const results = candidates.map((candidate, index): Result => {
      const decision = decisions[index];
      if (!('status' in decision)) return decision;
      const enrolled = person(candidate.email);
      return { ...decision, personId: enrolled.id, enrolmentId: insertedId(enrolled.id, candidate.role) ?? decision.existingEnrolmentId ?? null, invited: invitations.has(enrolled.id) };
    });
    return { results, invitations: [...invitations.values()], enrolledPersonIds: [...new Set(inserted.map((e) => e.personId))] };
  }

  /**
   * The edition was just published (in `manager`'s transaction): everyone enrolled while it was a draft who never
   * chose a password gets their invitation now, once per edition however often this runs.
   */
  async publish(editionId: string, manager: EntityManager): Promise<void> {
    const seats = await this.enrolments.seats(editionId, { lock: false }, manager);
    if (!seats) throw new NotFoundError();
    const invitations = (await this.enrolments.withoutPassword(editionId, manager)).map(
      ({ personId, role, waitlisted }): Invitation => ({ person: { id: personId }, role, waitlisted }),
    );
    await this.inviteNewPeople(editionId, seats.name, invitations, manager, `edition:${editionId}:invitation`);
  }

  /**
   * The one place where enrolling sends mail: everyone who got an account is invited to choose a password,
   * saying why: a director or internal-team member also reads whose (a stranger's invitation is easily taken for
   * spam). The invitations are queued in the enrolment's transaction, one batch per reason.
   */
  private async inviteNewPeople(editionId: string, editionName: string, invitations: Invitation[], manager: EntityManager, eventKey?: string): Promise<void> {
    const linked = await participantsLinkedTo(
      manager,
      editionId,
      invitations.filter(({ role }) => role === 'director' || role === 'internal_team_member').map(({ person }) => person.id),
    );
    const byReason = new Map<string, { reason: Localized; people: { id: string }[] }>();
    for (const { person, role, waitlisted } of invitations) {
      const reason = invitationReason(editionName, role, waitlisted, linked.get(person.id));
      const key = JSON.stringify(reason);
      byReason.set(key, { reason, people: [...(byReason.get(key)?.people ?? []), person] });
    }
    for (const { reason, people } of byReason.values()) await this.accountInvitations.invite(people, reason, manager, { eventKey });
  }

  /** Withdraws the director's enrolment when they sponsor nobody in the edition any more: whom it took out, if anyone. */
  private async withdrawIdleDirector(manager: EntityManager, editionId: string, directorPersonId: string): Promise<{ enrolmentId: string; personId: string } | null> {
    const idle = await this.enrolments.directorEnrolmentSponsoringNobody(editionId, directorPersonId, manager);
    if (!idle) return null;
    await this.enrolments.withdraw(editionId, idle, manager);
    return { enrolmentId: idle, personId: directorPersonId };
  }

  /** The director who sponsored a participant hears that they no longer do (withdrawn, or given another director). */
  private async tellDirectorSponsorshipEnded(
    manager: EntityManager,
    editionId: string,
    participantPersonId: string,
    directorPersonId: string,
    reason: 'withdrawn' | 'other_director',
  ): Promise<void> {
    await this.notifications.notify(manager, [
      {
        personId: directorPersonId,
        kind: 'sponsorship_ended',
        eventKey: `sponsorship_ended:${editionId}:${participantPersonId}:${new Date().toISOString()}`,
        payload: { editionId, participantPersonId, reason },
      },
    ]);
  }

  private async writableSeats(editionId: string, options: { lock: boolean }, manager?: EntityManager): Promise<EditionSeats> {
    const seats = await this.enrolments.seats(editionId, options, manager);
    if (!seats) throw new NotFoundError();
    assertEditionWritable(seats.status);
    return seats;
  }
}

/**
 * What happens to each candidate, in order: nothing for someone already enrolled in that role, a place while the
 * edition has room, then the next place on the waiting list. Only participants take places.
 */
function decide(candidates: Candidate[], seats: EditionSeats, existing: ExistingEnrolment[], keepWithdrawn: boolean): Decision[] {
  const current = new Map(existing.filter((e) => e.status !== 'withdrawn').map((e) => [`${e.email} ${e.role}`, e]));
  const withdrawn = new Set(existing.filter((e) => e.status === 'withdrawn').map((e) => `${e.email} ${e.role}`));
  const staff = new Set(existing.filter(isActiveStaff).map((e) => e.email));
  const participants = new Set(existing.filter((e) => e.role === 'participant' && e.status !== 'withdrawn').map((e) => e.email));
  const teamMembers = new Set(existing.filter(isActiveTeamMember).map((e) => e.email));
  const otherParts = new Set(existing.filter((e) => e.status !== 'withdrawn' && !isActiveTeamMember(e)).map((e) => e.email));
  let taken = seats.taken;
  let lastWaitlistPosition = seats.lastWaitlistPosition;
  return candidates.map((candidate): Decision => {
    const own = current.get(`${candidate.email} ${candidate.role}`);
    // A director of the edition named for a participant is given them (a participant moving to the other director of
    // their organisation): the enrolment stays, the link is new.
    const linksDirector = candidate.role === 'director' && !!candidate.participantEmail && own?.status === 'active';
    if (own && !linksDirector) {
      const namesAnotherDirector = candidate.role === 'participant' && !!candidate.directorEmail && own.director?.email !== candidate.directorEmail;
      return namesAnotherDirector ? { outcome: 'already_enrolled', otherDirector: { current: own.director?.name ?? null } } : { outcome: 'already_enrolled' };
    }
    if (keepWithdrawn && withdrawn.has(`${candidate.email} ${candidate.role}`)) return { outcome: 'withdrawn_before' };
    if (candidate.role === 'participant' && staff.has(candidate.email)) return { outcome: 'staff_in_edition' };
    if (isStaffRole(candidate.role) && participants.has(candidate.email)) return { outcome: 'participant_in_edition' };
    if ((candidate.role === 'internal_team_member' ? otherParts : teamMembers).has(candidate.email)) return { outcome: 'internal_team_in_edition' };
    if (candidate.directorEmail && teamMembers.has(candidate.directorEmail)) return { outcome: 'director_in_internal_team' };
    const participant = candidate.participantEmail ? current.get(`${candidate.participantEmail} participant`) : undefined;
    if (candidate.participantEmail && !participant) return { outcome: 'participant_not_enrolled' };
    if (linksDirector && participant?.director?.email === candidate.email) return { outcome: 'already_enrolled' };
    const replaced = candidate.role === 'director' && participant?.director && participant.director.email !== candidate.email ? participant.director : null;
    if (replaced && !candidate.replaceDirector) return { outcome: 'participant_has_director', currentDirector: replaced.name };
    const participantEnrolmentId = participant?.id ?? null;
    if (candidate.role !== 'participant' || taken < seats.capacity) {
      if (candidate.role === 'participant') taken += 1;
      return {
        outcome: 'enrolled',
        status: 'active',
        waitlistPosition: null,
        participantEnrolmentId,
        ...(replaced ? { replacesDirectorEmail: replaced.email, replacedDirector: { id: replaced.id, participantPersonId: participant!.personId } } : {}),
        ...(linksDirector ? { existingEnrolmentId: own!.id } : {}),
      };
    }
    lastWaitlistPosition += 1;
    return { outcome: 'waitlisted', status: 'waitlisted', waitlistPosition: lastWaitlistPosition, participantEnrolmentId };
  });
}

/** A candidate enrolled one at a time (by hand, or an accepted application) who was not enrolled: the error that says why. */
function throwIfRefused(result: Result): asserts result is Result & Extract<Decision, { status: unknown }> {
  if (result.outcome === 'participant_not_enrolled') throw new ParticipantNotEnrolledError();
  if (result.outcome === 'staff_in_edition') throw new StaffInEditionError();
  if (result.outcome === 'participant_in_edition') throw new ParticipantAsStaffError();
  if (result.outcome === 'internal_team_in_edition') throw new InternalTeamOtherRoleError();
  if (result.outcome === 'director_in_internal_team') throw new DirectorInInternalTeamError();
  if (result.outcome === 'participant_has_director') throw new ParticipantHasDirectorError(result.currentDirector);
  if (!('status' in result)) throw new AlreadyEnrolledError();
}

function fromRequest(request: EnrolRequest): Candidate {
  return {
    role: request.role,
    name: request.name,
    email: request.email,
    organisation: request.organisation ?? null,
    region: request.region ?? null,
    directorEmail: request.role === 'participant' ? (request.directorEmail ?? null) : null,
    directorName: request.directorName ?? null,
    challengeTitle: request.challengeTitle ?? null,
    participantEmail: request.role === 'internal_team_member' || request.role === 'director' ? (request.participantEmail ?? null) : null,
    roleInOrganisation: request.roleInOrganisation ?? null,
    locale: request.locale,
    replaceDirector: request.replaceDirector,
  };
}

function fromCsvRow(row: EnrolmentCsvRow): Candidate {
  return {
    role: 'participant',
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    region: row.region || null,
    directorEmail: row.directorEmail || null,
    directorName: row.directorName || null,
    challengeTitle: row.challengeTitle || null,
    participantEmail: null,
    roleInOrganisation: null,
  };
}

/**
 * Why someone's calendar changed when participants moved up from the waiting list: they moved up themselves, or, with
 * sessions only coming in, a participant they take part with (as director, or in their internal team) did, who
 * brings their sessions with them. Anyone else (a director left with only waiting participants, whose board meetings
 * go) is told only which sessions changed.
 */
export function promotionReason(promoted: readonly PromotedParticipant[]): (personId: string, change: SessionsInAndOut) => CalendarChangeReason | undefined {
  const movedUp = new Set(promoted.map((participant) => participant.personId));
  return (personId, { added, removed }) => {
    if (movedUp.has(personId)) return 'waitlist_promoted';
    return promoted.length > 0 && added.length > 0 && removed.length === 0 ? 'sponsored_promoted' : undefined;
  };
}

function invitationReason(editionName: string, role: EditionRole, waitlisted: boolean, linked?: LinkedParticipants): Localized {
  if (waitlisted) {
    return { nl: `Je staat op de wachtlijst voor ${editionName}.`, en: `You are on the waiting list for ${editionName}.` };
  }
  // A director whose participants all wait takes part once one of them has a place: their board meetings wait too.
  if (role === 'director' && linked?.directorOf.length && linked.directorOfWaiting.length === linked.directorOf.length) {
    return {
      nl: `Je bent ingeschreven voor ${editionName} als directeur van ${listInWords(linked.directorOf, 'nl')}, die nog op de wachtlijst ${linked.directorOf.length === 1 ? 'staat' : 'staan'}. Zodra er een plaats is, krijg je de bestuurlijke bijeenkomsten in je agenda.`,
      en: `You have been enrolled in ${editionName} as the director of ${listInWords(linked.directorOf, 'en')}, who ${linked.directorOf.length === 1 ? 'is' : 'are'} still on the waiting list. Once there is a place, the board meetings come into your calendar.`,
    };
  }
  if (role === 'director' && linked?.directorOf.length) {
    return {
      nl: `Je bent ingeschreven voor ${editionName} als directeur van ${listInWords(linked.directorOf, 'nl')}.`,
      en: `You have been enrolled in ${editionName} as the director of ${listInWords(linked.directorOf, 'en')}.`,
    };
  }
  if (role === 'internal_team_member' && linked?.teamOf.length && linked.teamOfWaiting.length === linked.teamOf.length) {
    return {
      nl: `Je bent ingeschreven voor ${editionName} als lid van het intern team van ${listInWords(linked.teamOf, 'nl')}, die nog op de wachtlijst staat. Zodra er een plaats is, krijg je de teamdagen in je agenda.`,
      en: `You have been enrolled in ${editionName} as a member of the internal team of ${listInWords(linked.teamOf, 'en')}, who is still on the waiting list. Once there is a place, the team days come into your calendar.`,
    };
  }
  if (role === 'internal_team_member' && linked?.teamOf.length) {
    return {
      nl: `Je bent ingeschreven voor ${editionName} als lid van het intern team van ${listInWords(linked.teamOf, 'nl')}.`,
      en: `You have been enrolled in ${editionName} as a member of the internal team of ${listInWords(linked.teamOf, 'en')}.`,
    };
  }
  return {
    nl: `Je bent ingeschreven voor ${editionName} als ${ROLE_NAMES[role].nl}.`,
    en: `You have been enrolled in ${editionName} as ${ROLE_NAMES[role].en}.`,
  };
}
