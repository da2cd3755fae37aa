import type { ScheduleWarning, StaffPlan } from '@koers/shared/editions';
import type { Page } from '@koers/shared/api';
import type { EditionStatus, Locale } from '@koers/shared/domain';
import type { SessionStaffRequest, SessionStaffResult, StaffCandidate, StaffSessionsResult } from '@koers/shared/enrolments';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import { assertEditionWritable, isPublished } from '../editions/edition-status.rules';
import { UnknownStaffMemberError } from '../editions/editions.errors';
import { describeWarning } from '../calendar/schedule-warnings';
import { NotFoundError } from '../errors/koers-error';
import { InternalTeamOtherRoleError, ParticipantAsStaffError } from '../enrolments/enrolments.errors';
import { EnrolmentsRepository, plainEnrolment } from '../enrolments/enrolments.repository';
import { isActiveTeamMember, isStaffRole } from '../enrolments/roles-in-edition.rules';
import { NotificationsService } from '../notifications/notifications.service';
import { SessionStaffRepository } from './session-staff.repository';

/** Who runs which session: trainers and facilitators (enrolled in the edition with that role) and guest speakers. */
@Injectable()
export class SessionStaffService {
  constructor(
    private readonly access: AccessService,
    private readonly staff: SessionStaffRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Replaces the staff of a session and enrols the trainers and facilitators in the edition, so they can open
   * it and record attendance; in a published edition those new to it get their schedule by mail, as everyone did
   * when it was published. Warns, without refusing, when someone already runs a session that day elsewhere, and when
   * someone taken off runs no session of the edition any more but stays its trainer or facilitator.
   */
  async replace(auth: AuthContext, editionId: string, sessionId: string, request: SessionStaffRequest, locale: Locale): Promise<SessionStaffResult> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    const members = request.staff.filter(
      (member, index) => !member.personId || request.staff.findIndex((other) => other.personId === member.personId) === index,
    );
    const personIds = members.flatMap((member) => (member.personId ? [member.personId] : []));
    const existing = await this.staff.existingPeople(personIds);
    if (personIds.some((id) => !existing.has(id))) throw new UnknownStaffMemberError();

    const { date, takenOff } = await this.enrolments.transaction(async (manager) => {
      const session = await this.staff.lockSession(editionId, sessionId, manager);
      if (!session) throw new NotFoundError();
      assertEditionWritable(session.edition.status);
      const before = await this.staff.ofSession(sessionId, manager);
      await this.refuseOtherParts(editionId, members.flatMap((member) => (member.personId && isStaffRole(member.role) ? [member.personId] : [])), manager);
      await this.tellingStaff(manager, editionId, session.edition.status, async () => {
        await this.staff.replace(sessionId, members, manager);
        const enrolled = await this.enrolments.upsert(
          editionId,
          members.flatMap((member) => (member.personId && isStaffRole(member.role) ? [plainEnrolment(member.personId, member.role)] : [])),
          manager,
        );
        return { enrolled };
      });
      return { date: session.date, takenOff: before.flatMap((member) => (member.personId && !personIds.includes(member.personId) ? [member.personId] : [])) };
    });
    const [warnings, withoutSessions] = await Promise.all([this.warnings(editionId, personIds, [date], locale), this.staff.staffWithoutSessions(editionId, takenOff)]);
    return {
      staff: await this.staff.ofSession(sessionId),
      warnings: [...warnings, ...withoutSessions.map((person) => describeWarning({ code: 'staff_without_sessions', ...person }, locale))],
    };
  }

  /**
   * Puts one trainer or facilitator on every session of the kinds asked for that is still to come, beside whoever
   * runs it (planning a new edition's trainer for all its programme days at once), with the same enrolment, mail
   * and warnings as a session's own staff edit.
   */
  async addToSessions(auth: AuthContext, editionId: string, request: StaffPlan, locale: Locale): Promise<StaffSessionsResult> {
    await this.access.requireInEdition(auth, 'edition.manage', editionId);
    if (!(await this.staff.existingPeople([request.personId])).has(request.personId)) throw new UnknownStaffMemberError();
    const added = await this.enrolments.transaction(async (manager) => {
      const edition = await this.staff.lockEdition(editionId, manager);
      if (!edition) throw new NotFoundError();
      assertEditionWritable(edition.status);
      await this.refuseOtherParts(editionId, [request.personId], manager);
      const { sessions } = await this.tellingStaff(manager, editionId, edition.status, async () => {
        const added = await this.staff.addToSessions(editionId, request.personId, request.role, request.kinds, manager);
        // Nothing to run: they are not made staff of the edition (nor mailed its schedule) for it.
        const enrolled = added.length === 0 ? [] : await this.enrolments.upsert(editionId, [plainEnrolment(request.personId, request.role)], manager);
        return { sessions: added, enrolled };
      });
      return sessions;
    });
    return { added: added.length, warnings: await this.warnings(editionId, [request.personId], added.map((session) => session.date), locale) };
  }

  /**
   * Runs a change of who runs which sessions (`change` answers whom it newly enrolled) and, in a published edition,
   * tells them: those new to the edition get its schedule, as everyone did when it was published; staff already in
   * it get the sessions they now run as invitations and those they no longer run as cancellations, so a calendar fed
   * by mail follows as the feed does.
   */
  private async tellingStaff<T extends { enrolled: { personId: string }[] }>(manager: EntityManager, editionId: string, status: EditionStatus, change: () => Promise<T>): Promise<T> {
    if (!isPublished(status)) return change();
    return this.notifications.updatingCalendars(manager, [editionId], 'staff_changed', async () => {
      const result = await change();
      if (result.enrolled.length > 0) await this.notifications.schedulePublished(manager, editionId, result.enrolled.map((enrolment) => enrolment.personId));
      return result;
    });
  }

  async candidates(auth: AuthContext, query: PageQueryDto & { search?: string }): Promise<Page<StaffCandidate>> {
    this.access.requireProgrammeOffice(auth, 'edition.manage');
    const { items, total } = await readPage(query, (limit, offset) => this.staff.candidates(query.search ?? '', limit, offset));
    return toPage(items, total, query);
  }

  /** What a staff edit warns of: someone busy in another edition on these days, or running two of this edition's sessions at once. */
  private async warnings(editionId: string, personIds: string[], dates: string[], locale: Locale): Promise<ScheduleWarning[]> {
    const [busy, doubles] = await Promise.all([this.staff.busyDays(personIds, dates, editionId), this.staff.doubleBookings(editionId, personIds)]);
    return [
      ...busy.map(({ date: _, ...day }) => describeWarning({ code: 'trainer_busy', ...day }, locale)),
      ...doubles.map((double) => describeWarning({ code: 'staff_double_booked', ...double }, locale)),
    ];
  }

  /**
   * A participant of the edition does not run its sessions, nor does a member of a participant's internal team
   * (roles-in-edition.rules.ts); under the edition's lock.
   */
  private async refuseOtherParts(editionId: string, staffIds: readonly string[], manager: EntityManager): Promise<void> {
    const standings = await this.enrolments.standingsAmong(editionId, staffIds, manager);
    if (standings.some(({ role }) => role === 'participant')) throw new ParticipantAsStaffError();
    if (standings.some(isActiveTeamMember)) throw new InternalTeamOtherRoleError();
  }
}
