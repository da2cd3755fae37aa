import { markingOpensAt } from '@koers/shared/attendance';
import type { EditionStatus, Locale } from '@koers/shared/domain';
import {
  type AddSessionRequest,
  type CancelSessionRequest,
  type ChangedSession,
  type EditionCopySettings,
  type EditionDetail,
  type EditionSession,
  type EditionSummary,
  nextEditionStatus,
  type RescheduleSessionRequest,
  type SessionChangeEntry,
  type UpdateEditionRequest,
} from '@koers/shared/editions';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { amsterdamToInstant, instantToAmsterdam } from '../calendar/amsterdam-time';
import { describeWarning } from '../calendar/schedule-warnings';
import { assertTimesExist, keptEnd } from './schedule/session-times';
import type { ClosedDayCalendar } from '../calendar/closed-day-calendar';
import { ClosedDaysService } from '../closed-days/closed-days.service';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { DeadlineChangesService } from '../assignments/deadline-changes.service';
import type { PromotedParticipant } from '../enrolments/enrolments.repository';
import { EnrolmentsService, promotionReason } from '../enrolments/enrolments.service';
import { isStaffRole } from '../enrolments/roles-in-edition.rules';
import { SessionStaffRepository } from '../sessions/session-staff.repository';
import { NotFoundError, ValidationFailedError } from '../errors/koers-error';
import { FileStorage } from '../files/file-storage';
import { MeasurementRoundsRepository } from '../measurements/measurement-rounds.repository';
import { NetworkGroupsRepository } from '../network-groups/network-groups.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { copySettings } from './copy-settings';
import { assertEditionWritable, assertHeldSessionsFixed, assertNothingAheadOfCompletion, assertStatusTransition, isPublished } from './edition-status.rules';
import { assertDateNearPeriod, assertOpenOrConfirmed } from './session-date.rules';
import { EditionPeriodRepository } from './edition-period.repository';
import { EditionSessionsRepository, type LockedSession, type SessionUpdate } from './edition-sessions.repository';
import {
  EditionNameTakenError,
  EditionNotDraftError,
  EditionSessionsAheadError,
  IllegalStatusTransitionError,
  ReinstateRequiredError,
  SessionMovedIntoPastError,
  SessionAlreadyPlannedError,
  SessionHasAttendanceError,
} from './editions.errors';
import { EditionsRepository } from './editions.repository';
import { assignmentDueAt } from './schedule/assignment-deadline';

/**
 * Editions after they were opened: the overview, status changes, and moving or cancelling sessions. A session
 * is never deleted: it keeps its history in session_change, and every change raises its sequence.
 *
 * Each change tells the people concerned, queued in its own transaction: `changeStatus` to `open` mails everyone
 * their invitation (people without a password) and their schedule, `reschedule` and `cancel` mail everyone expected at the session (NotificationsService).
 */
@Injectable()
export class EditionsService {
  private readonly logger = new Logger('Editions');

  constructor(
    private readonly access: AccessService,
    private readonly editions: EditionsRepository,
    private readonly sessions: EditionSessionsRepository,
    private readonly period: EditionPeriodRepository,
    private readonly measurementRounds: MeasurementRoundsRepository,
    private readonly closedDays: ClosedDaysService,
    private readonly groups: NetworkGroupsRepository,
    private readonly enrolling: EnrolmentsService,
    private readonly assignmentDeadlines: AssignmentsRepository,
    private readonly deadlineChanges: DeadlineChangesService,
    private readonly staff: SessionStaffRepository,
    private readonly notifications: NotificationsService,
    private readonly files: FileStorage,
  ) {}

  async list(auth: AuthContext): Promise<EditionSummary[]> {
    this.access.requireProgrammeOffice(auth, 'edition.read');
    const editions = await this.editions.find();
    return editions.map(({ id, name, programmeId, programmeName, status, startDate, endDate, enrolled, capacity, waitlisted, nextSession }) => ({
      id,
      name,
      programmeId,
      programmeName,
      status,
      startDate,
      endDate,
      enrolled,
      capacity,
      waitlisted,
      nextSession,
    }));
  }

  async detail(auth: AuthContext, editionId: string): Promise<EditionDetail> {
    await this.access.requireInEdition(auth, 'edition.read', editionId);
    const [[edition], networkGroups, participantsWithoutGroup] = await Promise.all([
      this.editions.find(editionId),
      this.groups.groups(editionId),
      this.groups.participantsWithoutGroup(editionId),
    ]);
    if (!edition) throw new NotFoundError();
    return { ...edition, nextStatus: nextEditionStatus(edition.status), networkGroups, participantsWithoutGroup };
  }

  /** Renames or resizes an edition; places freed by a larger capacity go to the waiting list in order, whose calendars hear of it. */
  async update(auth: AuthContext, editionId: string, changes: UpdateEditionRequest): Promise<EditionDetail> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    await this.editions.transaction(async (manager) => {
      const edition = await this.editions.lock(editionId, manager);
      if (!edition) throw new NotFoundError();
      assertEditionWritable(edition.status);
      // Applications close at the latest on the first day: the public page would take them for an edition under way.
      if (changes.applicationDeadline && changes.applicationDeadline > edition.startDate) {
        throw new ValidationFailedError([
          {
            field: 'applicationDeadline',
            message: { nl: 'Kies een aanmelddeadline op of vóór de eerste dag van de editie.', en: 'Choose an application deadline on or before the first day of the edition.' },
          },
        ]);
      }
      if ((await this.editions.update(editionId, changes, manager)) === 'name_taken') throw new EditionNameTakenError();
      if (changes.capacity !== undefined && changes.capacity > edition.capacity) {
        let promoted: PromotedParticipant[] = [];
        await this.notifications.updatingCalendars(
          manager,
          [editionId],
          (personId, change) => promotionReason(promoted)(personId, change),
          async () => {
            promoted = await this.enrolling.promoteFromWaitlist(editionId, manager);
          },
        );
      }
    });
    return this.detail(auth, editionId);
  }

  /**
   * Deletes a draft made by mistake, with its sessions, enrolments and assignments, in one transaction; the people's
   * accounts stay. Nobody was told about a draft, so nobody is told it is gone. A published edition is never deleted.
   */
  async remove(auth: AuthContext, editionId: string): Promise<void> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    const storageKeys = await this.editions.transaction(async (manager) => {
      const edition = await this.editions.lock(editionId, manager);
      if (!edition) throw new NotFoundError();
      assertEditionWritable(edition.status);
      if (edition.status !== 'draft') throw new EditionNotDraftError();
      return this.editions.delete(editionId, manager);
    });
    // After commit: a file left behind by a failure here is unreachable, never a row pointing at a missing file.
    await this.files.remove(storageKeys).catch((error: unknown) =>
      this.logger.error({ msg: 'Files of a deleted edition could not all be removed', editionId, storageKeys, error: String(error) }),
    );
  }

  /**
   * One step along draft → open → running → completed → archived. An edition is completed only once every session
   * that takes place has ended: a click too early would otherwise end a running edition with no way back.
   */
  async changeStatus(auth: AuthContext, editionId: string, status: EditionStatus): Promise<EditionDetail> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    const current = await this.editions.status(editionId);
    if (!current) throw new NotFoundError();
    // There already (a double click, two people publishing at once): the same answer, and nothing mailed again.
    if (current === status) return this.detail(auth, editionId);
    assertStatusTransition(current, status);
    const moved = await this.editions.transaction(async (manager) => {
      // Only one of two concurrent publishers moves the status, so the mails below are queued once.
      if (!(await this.editions.updateStatus(editionId, current, status, manager))) return false;
      // Read under the edition's row lock that the update holds, so no session can be added or moved meanwhile.
      if (status === 'completed' && (await this.editions.hasSessionsAhead(editionId, manager))) throw new EditionSessionsAheadError();
      // Opening the edition publishes it: nothing was mailed while it was a draft, so now everyone enrolled without
      // a password gets their invitation, and everyone expected gets their sessions by mail.
      if (status === 'open') {
        await this.enrolling.publish(editionId, manager);
        await this.notifications.schedulePublished(manager, editionId);
      }
      return true;
    });
    if (!moved && (await this.editions.status(editionId)) !== status) throw new IllegalStatusTransitionError();
    return this.detail(auth, editionId);
  }

  /**
   * The edition's schedule for those who run it: admins and the edition's trainers and facilitators. A facilitator
   * gets no network group's session they do not run as trainer or facilitator (nor its online room); a speaker runs
   * none. The whole cohort's sessions stay in it.
   */
  async sessionsOf(auth: AuthContext, editionId: string): Promise<EditionSession[]> {
    const standing = await this.access.requireInEdition(auth, 'edition.schedule.read', editionId);
    const sessions = await this.sessions.list(editionId);
    if (sessions.length === 0 && !(await this.sessions.editionExists(editionId))) throw new NotFoundError();
    if (this.access.decide(auth, 'groups.all', standing) === 'allowed') return sessions;
    return sessions.filter((session) => session.networkGroup === null || session.staff.some((member) => member.personId === auth.personId && isStaffRole(member.role)));
  }

  /**
   * Moves a session or changes its venue or link. Once the edition is published, a new date or time marks it
   * as moved. Deadlines of assignments still where their template put them move along with the session, and the
   * edition's period with its first or last session.
   */
  async reschedule(auth: AuthContext, editionId: string, sessionId: string, request: RescheduleSessionRequest, locale: Locale): Promise<ChangedSession> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    // Read before the edition is locked: a second connection borrowed under the lock could wait for requests waiting for it.
    const closedDays = request.date ? await this.closedDaysOn(editionId, request.date) : null;
    const { timeChanged, movedDeadlines } = await this.editions.transaction(async (manager) => {
      const before = await this.lockWritableSession(editionId, sessionId, manager);
      // A cancelled session takes place again only when asked (in a completed edition: one more programme day held).
      const reinstating = before.status === 'cancelled' && request.reinstate === true;
      if (before.status === 'cancelled') assertHeldSessionsFixed(before.edition.status);
      const was = instantToAmsterdam(before.startsAt);
      const date = request.date ?? was.date;
      const startTime = request.startTime ?? was.time;
      const end = request.endTime ? { date, time: request.endTime } : keptEnd(before, date, startTime);
      assertTimesExist(date, [{ field: 'startTime', time: startTime }]);
      assertTimesExist(end.date, [{ field: 'endTime', time: end.time }]);
      const startsAt = amsterdamToInstant(date, startTime);
      const endsAt = amsterdamToInstant(end.date, end.time);
      assertEndsAfterStart(startsAt, endsAt);
      const moved = startsAt.getTime() !== before.startsAt.getTime() || endsAt.getTime() !== before.endsAt.getTime();
      // Moving a session that someone cancelled meanwhile (another tab, a colleague) must not undo the cancellation unseen.
      if (moved && before.status === 'cancelled' && !reinstating) throw new ReinstateRequiredError();
      if (date !== was.date) {
        assertDateNearPeriod(date, before.edition);
        assertOpenOrConfirmed(date, closedDays!, request.confirmedClosedDates);
      }
      // A session still to come put wholly in the past is most often a mistyped date, which would mail everyone a move
      // to a day gone by; one really held earlier than planned is confirmed as such.
      if (moved && !reachesTheFuture(endsAt) && reachesTheFuture(before.endsAt) && request.confirmPast !== true) throw new SessionMovedIntoPastError(date, startTime);
      if (moved && markingOpensAt(startsAt) > new Date()) {
        const marks = await this.sessions.attendanceRecorded(sessionId, manager);
        if (marks > 0) throw new SessionHasAttendanceError(marks);
      }
      const after: SessionUpdate = {
        startsAt,
        endsAt,
        location: request.location === undefined ? before.location : request.location,
        onlineUrl: request.onlineUrl === undefined ? before.onlineUrl : request.onlineUrl,
        status: moved ? (isPublished(before.edition.status) ? 'moved' : 'scheduled') : reinstating ? 'scheduled' : before.status,
      };
      if (!moved && !reinstating && after.location === before.location && after.onlineUrl === before.onlineUrl) return { timeChanged: false, movedDeadlines: [] };
      await this.sessions.change(before, after, { reason: request.reason ?? '', changedByPersonId: auth.personId }, manager);
      // A completed edition's assignments are fixed: putting a session's date right moves no deadline with it.
      const movedDeadlines = date !== was.date && before.edition.status !== 'completed' ? await this.moveDeadlines(sessionId, was.date, date, manager) : [];
      await this.scheduleChanged(editionId, manager);
      // A cancelled session whose venue or link is put right stays cancelled: nobody hears of it twice.
      if (after.status !== 'cancelled' && reachesTheFuture(before.endsAt, endsAt)) await this.notifications.sessionChanged(manager, sessionId);
      return { timeChanged: moved || reinstating, movedDeadlines };
    });
    return this.changedSession(editionId, sessionId, timeChanged, locale, movedDeadlines);
  }

  /**
   * Adds a session the curriculum did not plan (an extra programme day, a group's extra network meeting). Once the
   * edition is published, everyone it expects gets it in their calendar, as with any change to who attends what. An
   * added day for the internal teams gets its measurement rounds, as the team days planned at opening have.
   */
  async addSession(auth: AuthContext, editionId: string, request: AddSessionRequest, locale: Locale): Promise<ChangedSession> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    const { date, startTime, endTime, networkGroupId = null, confirmedClosedDates, ...session } = request;
    if (networkGroupId && session.kind !== 'network_session') throw groupRefused({ nl: 'Alleen een netwerksessie is voor één netwerkgroep.', en: 'Only a network session is for one network group.' });
    assertTimesExist(date, [
      { field: 'startTime', time: startTime },
      { field: 'endTime', time: endTime },
    ]);
    const startsAt = amsterdamToInstant(date, startTime);
    const endsAt = amsterdamToInstant(date, endTime);
    assertEndsAfterStart(startsAt, endsAt);
    const closedDays = await this.closedDaysOn(editionId, date);
    const sessionId = await this.editions.transaction(async (manager) => {
      const edition = await this.sessions.lockEdition(editionId, manager);
      if (!edition) throw new NotFoundError();
      assertEditionWritable(edition.status);
      assertNothingAheadOfCompletion(edition.status, endsAt);
      assertHeldSessionsFixed(edition.status);
      assertDateNearPeriod(date, edition);
      assertOpenOrConfirmed(date, closedDays, confirmedClosedDates);
      const added = { ...session, theme: session.theme ?? '', location: session.location ?? null, onlineUrl: session.onlineUrl ?? null, startsAt, endsAt, networkGroupId };
      // Under the edition's lock: a request sent twice (a retry, a script) adds it once, and mails everyone once.
      if (await this.sessions.hasSameSession(editionId, added, manager)) throw new SessionAlreadyPlannedError();
      const id = await this.notifications.updatingCalendars(manager, [editionId], 'session_added', () => this.sessions.insertAdded(editionId, added, manager));
      if (!id) throw groupRefused({ nl: 'Deze netwerkgroep hoort niet bij deze editie.', en: 'This network group is not one of this edition’s.' });
      await this.measurementRounds.createRoundsForAddedDay(editionId, id, manager);
      await this.scheduleChanged(editionId, manager);
      return id;
    });
    return this.changedSession(editionId, sessionId, true, locale);
  }

  /** Cancels a session; it stays in the schedule with status cancelled and its history, outside the edition's period. */
  async cancel(auth: AuthContext, editionId: string, sessionId: string, request: CancelSessionRequest): Promise<EditionSession> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    await this.editions.transaction(async (manager) => {
      const before = await this.lockWritableSession(editionId, sessionId, manager);
      if (before.status === 'cancelled') return;
      assertHeldSessionsFixed(before.edition.status);
      await this.sessions.change(before, { ...before, status: 'cancelled' }, { reason: request.reason ?? '', changedByPersonId: auth.personId }, manager);
      await this.scheduleChanged(editionId, manager);
      if (reachesTheFuture(before.endsAt)) await this.notifications.sessionChanged(manager, sessionId);
    });
    return this.session(editionId, sessionId);
  }

  async changes(auth: AuthContext, editionId: string, sessionId: string): Promise<SessionChangeEntry[]> {
    await this.access.requireInEdition(auth, 'edition.read', editionId);
    const changes = await this.sessions.changes(editionId, sessionId);
    if (changes.length === 0) await this.session(editionId, sessionId);
    return changes;
  }

  async copySettings(auth: AuthContext, editionId: string): Promise<EditionCopySettings> {
    await this.access.requireInEdition(auth, 'edition.read', editionId);
    const source = await this.editions.copySource(editionId);
    if (!source) throw new NotFoundError();
    return copySettings(source, await this.staff.planOf(editionId));
  }

  /** A session after a change, warning of the people (attendees, and those who run it) its new time puts at two sessions at once. */
  /**
   * The session as changed, with its warnings: whom its new time double-books, and (said with the move) each deadline
   * that went along, perhaps into the past, which changes what everyone has to hand in when.
   */
  private async changedSession(
    editionId: string,
    sessionId: string,
    timeChanged: boolean,
    locale: Locale,
    movedDeadlines: readonly { title: string; dueAt: Date }[] = [],
  ): Promise<ChangedSession> {
    const session = await this.session(editionId, sessionId);
    const staffIds = session.staff.flatMap((member) => (member.personId ? [member.personId] : []));
    const [attendees, staff] = timeChanged
      ? await Promise.all([this.sessions.attendeesDoubleBooked(sessionId), this.staff.doubleBookings(editionId, staffIds, sessionId)])
      : [[], []];
    return {
      ...session,
      warnings: [
        ...attendees.map((clash) => describeWarning({ code: 'attendees_double_booked', ...clash }, locale)),
        ...staff.map((clash) => describeWarning({ code: 'staff_double_booked', ...clash }, locale)),
        ...movedDeadlines.map(({ title, dueAt }) =>
          describeWarning({ code: 'deadline_moved', assignmentTitle: title, dueAt: dueAt.toISOString(), passed: dueAt.getTime() <= Date.now() }, locale),
        ),
      ],
    };
  }

  private async session(editionId: string, sessionId: string): Promise<EditionSession> {
    const [session] = await this.sessions.list(editionId, sessionId);
    if (!session) throw new NotFoundError();
    return session;
  }

  private async lockWritableSession(editionId: string, sessionId: string, manager: EntityManager): Promise<LockedSession> {
    const session = await this.sessions.lock(editionId, sessionId, manager);
    if (!session) throw new NotFoundError();
    assertEditionWritable(session.edition.status);
    return session;
  }

  /**
   * The days no session of the edition takes place, from `date` on: weekends, public holidays, the office's closed
   * days, and the school holidays of the region the edition is planned around.
   */
  private async closedDaysOn(editionId: string, date: string): Promise<ClosedDayCalendar> {
    const planning = await this.editions.planningOf(editionId);
    if (!planning) throw new NotFoundError();
    return this.closedDays.calendarFor(planning.programmeId, planning.schoolHolidayRegion ?? undefined, date);
  }

  /** What follows the programme days: the edition's period and its measurement rounds (MeasurementRoundsRepository.followSchedule). */
  private async scheduleChanged(editionId: string, manager: EntityManager): Promise<void> {
    await this.period.fitToSessions(editionId, manager);
    await this.measurementRounds.followSchedule(editionId, manager);
  }

  /**
   * The template deadlines that still follow the session moved along with it (one set by hand stays); those moved, with
   * their titles. Whoever has not handed in yet hears of it.
   */
  private async moveDeadlines(sessionId: string, previousDate: string, date: string, manager: EntityManager): Promise<{ id: string; title: string; dueAt: Date }[]> {
    const assignments = await this.sessions.templatedAssignments(sessionId, manager);
    const dueOn = (rule: { offsetDays: number; dueTime: string }, sessionDate: string) =>
      assignmentDueAt({ relativeToSlotId: sessionId, ...rule }, [{ slotId: sessionId, date: sessionDate }]);
    const following = assignments.filter((assignment) => assignment.dueAt.getTime() === dueOn(assignment, previousDate).getTime());
    const moved = following.map((assignment) => ({ id: assignment.id, title: assignment.title, dueAt: dueOn(assignment, date) }));
    const movedIds = moved.map((assignment) => assignment.id);
    const broughtForward = following.filter((assignment, i) => moved[i].dueAt < assignment.dueAt).map((assignment) => assignment.id);
    await this.deadlineChanges.tellingWhoseDeadlineMoves(manager, movedIds, null, async () => {
      await this.sessions.moveDeadlines(moved, manager);
      await this.assignmentDeadlines.keepLateEnrolmentExtensionsAhead(movedIds, manager);
      await this.assignmentDeadlines.extendLateJoinersForBroughtForward(broughtForward, manager);
    });
    return moved;
  }
}

/**
 * Whether a change of a session concerns what is still to come, so the people it expects hear of it. One that stays
 * wholly in the past corrects the record (a session held, put at the time or place it really had, or recorded as
 * not having taken place): nobody's news.
 */
function reachesTheFuture(...endings: Date[]): boolean {
  const now = Date.now();
  return endings.some((end) => end.getTime() > now);
}

function assertEndsAfterStart(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) {
    throw new ValidationFailedError([{ field: 'endTime', message: { nl: 'De eindtijd moet na de begintijd liggen.', en: 'The end time must be after the start time.' } }]);
  }
}

const groupRefused = (message: { nl: string; en: string }) => new ValidationFailedError([{ field: 'networkGroupId', message }]);
