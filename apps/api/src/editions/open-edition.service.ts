import type { Locale } from '@koers/shared/domain';
import { type CreatedEdition, DEFAULT_EDITION_CAPACITY, type OpenEditionPreview, type OpenEditionRequest } from '@koers/shared/editions';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { calendarDayInWords, formatAmsterdamIso, instantToAmsterdam } from '../calendar/amsterdam-time';
import { EnrolmentsRepository, plainEnrolment } from '../enrolments/enrolments.repository';
import { SessionStaffRepository } from '../sessions/session-staff.repository';
import { NotFoundError } from '../errors/koers-error';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import { EditionSessionsRepository } from './edition-sessions.repository';
import { ClosedDaysUnconfirmedError, EditionNameTakenError, UnknownStaffMemberError } from './editions.errors';
import { EditionsRepository } from './editions.repository';
import { assertStartNearToday } from './session-date.rules';
import { describeWarning } from '../calendar/schedule-warnings';
import { type EditionPlan, planEdition, withBusyWarnings } from './schedule/plan-edition';
import { NetworkGroupsRepository } from '../network-groups/network-groups.repository';
import { ClosedDaysService } from '../closed-days/closed-days.service';
import { MeasurementRoundsRepository } from '../measurements/measurement-rounds.repository';

/**
 * Opening a new edition of a programme: a preview of every session and assignment the template yields on the
 * Dutch calendar (nothing stored), then creating it all in one transaction. The routes are admin-only.
 */
@Injectable()
export class OpenEditionService {
  constructor(
    private readonly access: AccessService,
    private readonly programmes: ProgrammesRepository,
    private readonly editions: EditionsRepository,
    private readonly sessions: EditionSessionsRepository,
    private readonly staff: SessionStaffRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly networkGroups: NetworkGroupsRepository,
    private readonly closedDays: ClosedDaysService,
    private readonly measurementRounds: MeasurementRoundsRepository,
  ) {}

  /** Every generated (or edited) date with its warnings, including planned staff who are busy elsewhere that day. */
  async preview(auth: AuthContext, programmeId: string, request: OpenEditionRequest, locale: Locale): Promise<OpenEditionPreview> {
    this.access.requireProgrammeOffice(auth, 'editions.open');
    // Said on the first step, where the name is typed, not only once the schedule is created.
    if (await this.editions.nameTaken(request.name)) throw new EditionNameTakenError();
    const plan = await this.plan(programmeId, request);
    const busy = await this.staff.busyDays(
      plannedStaffIds(request),
      [...new Set(plan.sessions.map(({ date }) => date))],
    );
    return {
      startDate: plan.startDate,
      endDate: plan.endDate,
      sessions: withBusyWarnings(plan.sessions, request.staff ?? [], busy).map(({ startsAt, endsAt, warnings, ...session }) => ({
        ...session,
        startsAt: formatAmsterdamIso(startsAt),
        endsAt: formatAmsterdamIso(endsAt),
        warnings: warnings.map((warning) => describeWarning(warning, locale)),
      })),
      assignments: plan.assignments.map(({ dueAt, ...assignment }) => ({ ...assignment, dueAt: formatAmsterdamIso(dueAt) })),
    };
  }

  /**
   * Writes the edition (as a draft), its sessions, its assignments, its measurement rounds (from the programme's
   * measurement template) and its planned staff in one transaction
   * with a fixed number of statements; on any failure nothing is left behind. A date the admin put on a
   * weekend or holiday is only accepted when they confirmed that very date.
   */
  async create(auth: AuthContext, programmeId: string, request: OpenEditionRequest): Promise<CreatedEdition> {
    this.access.requireProgrammeOffice(auth, 'editions.open');
    const plan = await this.plan(programmeId, request);
    const confirmed = new Set(request.confirmedClosedDates ?? []);
    const unconfirmed = [...new Set(plan.sessions.flatMap(({ warnings }) => warnings.flatMap((warning) => (warning.code === 'closed_day' ? [warning.date] : []))))]
      .filter((date) => !confirmed.has(date))
      .sort();
    if (unconfirmed.length > 0) {
      throw new ClosedDaysUnconfirmedError(unconfirmed.map((date) => ({ date, nl: calendarDayInWords(date, 'nl'), en: calendarDayInWords(date, 'en') })));
    }
    const staff = request.staff ?? [];
    // With network groups, whoever is planned for the network sessions leads one group each, in turn, and runs that
    // group's sessions: on every group's copy at once they would be in two places at the same time.
    const groupLeaders = request.networkGroups ? [...new Set(staff.filter(({ kinds }) => kinds.includes('network_session')).map(({ personId }) => personId))] : [];
    const sessionStaff = request.networkGroups
      ? staff.map((plan) => ({ ...plan, kinds: plan.kinds.filter((kind) => kind !== 'network_session') })).filter(({ kinds }) => kinds.length > 0)
      : staff;
    const id = await this.editions.transaction(async (manager) => {
      const editionId = await this.editions.insert(
        {
          programmeId,
          name: request.name,
          startDate: plan.startDate,
          endDate: plan.endDate,
          capacity: request.capacity ?? DEFAULT_EDITION_CAPACITY,
          defaultLocation: request.defaultLocation ?? null,
          defaultOnlineUrl: request.defaultOnlineUrl ?? null,
          schoolHolidayRegion: request.schoolHolidayRegion ?? null,
        },
        manager,
      );
      if (!editionId) throw new EditionNameTakenError();
      await this.sessions.insertPlanned(editionId, plan.sessions, manager);
      if (request.networkGroups) {
        await this.networkGroups.insertEmptyGroups(editionId, request.networkGroups, groupLeaders, manager);
        await this.networkGroups.planGroupSessions(editionId, manager);
      }
      await this.sessions.insertAssignments(editionId, plan.assignments, manager);
      await this.measurementRounds.createRounds(editionId, manager);
      if (staff.length > 0) {
        await this.staff.insertPlanned(editionId, sessionStaff, manager);
        const enrolments = new Map(staff.map(({ personId, role }) => [`${personId} ${role}`, plainEnrolment(personId, role)]));
        await this.enrolments.upsert(editionId, [...enrolments.values()], manager);
      }
      return editionId;
    });
    return { id };
  }

  private async plan(programmeId: string, request: OpenEditionRequest): Promise<EditionPlan> {
    assertStartNearToday(request.startDate, instantToAmsterdam(new Date()).date);
    const programme = await this.programmes.detail(programmeId);
    if (!programme) throw new NotFoundError();
    const staffIds = plannedStaffIds(request);
    const existing = await this.staff.existingPeople(staffIds);
    if (staffIds.some((id) => !existing.has(id))) throw new UnknownStaffMemberError();
    // From the earliest day the admin may have edited a session onto, so a closed day there is named too.
    const fromDay = [request.startDate, ...(request.sessions ?? []).map(({ date }) => date)].sort()[0];
    return planEdition(programme, request, await this.closedDays.calendarFor(programmeId, request.schoolHolidayRegion, fromDay));
  }
}

const plannedStaffIds = (request: OpenEditionRequest) => [...new Set((request.staff ?? []).map(({ personId }) => personId))];
