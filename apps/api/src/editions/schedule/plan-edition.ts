import type { SessionAudience, SessionKind, SessionMode } from '@koers/shared/domain';
import type { OpenEditionRequest, SessionPlan, StaffPlan } from '@koers/shared/editions';
import type { ProgrammeDetail } from '@koers/shared/programmes';
import { amsterdamToInstant, instantToAmsterdam } from '../../calendar/amsterdam-time';
import type { PlanWarning } from '../../calendar/schedule-warnings';
import { ValidationFailedError } from '../../errors/koers-error';
import type { StaffBusyDay } from '../../sessions/session-staff.repository';
import { CurriculumEmptyError, CurriculumMustStartWithProgrammeDayError, SessionPlanMismatchError } from '../editions.errors';
import { assignmentDueAt } from './assignment-deadline';
import type { ClosedDayCalendar } from '../../calendar/closed-day-calendar';
import { generateSchedule, type ScheduledSession } from './generate-schedule';
import { assertEndsBeforeMidnight, assertTimesExist } from './session-times';

export interface PlannedSession extends SessionPlan {
  kind: SessionKind;
  title: string;
  theme: string;
  mode: SessionMode;
  audience: SessionAudience;
  startsAt: Date;
  endsAt: Date;
  warnings: PlanWarning[];
}

export interface PlannedAssignment {
  templateId: string;
  title: string;
  slotId: string;
  sessionTitle: string;
  dueAt: Date;
}

export interface EditionPlan {
  startDate: string;
  endDate: string;
  /** In time order. */
  sessions: PlannedSession[];
  /** By due date. */
  assignments: PlannedAssignment[];
}

type Template = Pick<ProgrammeDetail, 'slots' | 'assignmentTemplates'>;

/**
 * Every session and assignment of a new edition. The schedule is generated on the Dutch calendar; when the
 * admin sent edited sessions (one per slot) their dates, times, venues and links are used as given, and an
 * edited date that falls on a weekend or holiday gets a warning instead of being moved.
 */
export function planEdition(template: Template, request: OpenEditionRequest, closedDays: ClosedDayCalendar): EditionPlan {
  if (template.slots.length === 0) throw new CurriculumEmptyError();
  if (template.slots[0].kind !== 'programme_day') throw new CurriculumMustStartWithProgrammeDayError();
  // A session that runs past midnight would be planned with an end time before its start, which nothing then takes.
  assertEndsBeforeMidnight(request.startTime, Math.max(...template.slots.map((slot) => slot.durationMinutes)));

  const generated = generateSchedule({
    slots: template.slots.map((slot) => ({ ...slot, slotId: slot.id, order: slot.position })),
    startDate: request.startDate,
    cadenceWeeks: request.cadenceWeeks,
    weekday: request.weekday,
    startTime: request.startTime,
    closedDays,
  });
  const edits = request.sessions ? editsBySlot(template, request.sessions) : undefined;
  const slotById = new Map(template.slots.map((slot) => [slot.id, slot]));

  const sessions = generated
    .map((scheduled): PlannedSession => {
      const slot = slotById.get(scheduled.slotId)!;
      const described = { kind: slot.kind, title: slot.title, theme: slot.theme, mode: slot.mode, audience: slot.audience, slotId: slot.id };
      const edit = edits?.get(slot.id);
      if (!edit) return { ...described, ...generatedTimes(scheduled, request.startTime), ...defaultVenue(slot.mode, request) };
      return {
        ...described,
        ...edit,
        startsAt: amsterdamToInstant(edit.date, edit.startTime),
        endsAt: amsterdamToInstant(edit.date, edit.endTime),
        warnings: edit.date === scheduled.date ? scheduled.warnings : closedDayWarnings(edit.date, closedDays),
      };
    })
    .sort((left, right) => left.startsAt.getTime() - right.startsAt.getTime());

  const sessionDates = sessions.map(({ slotId, date }) => ({ slotId, date }));
  const assignments = template.assignmentTemplates
    .map((assignment) => ({
      templateId: assignment.id,
      title: assignment.title,
      slotId: assignment.relativeToSlotId,
      sessionTitle: slotById.get(assignment.relativeToSlotId)!.title,
      dueAt: assignmentDueAt(assignment, sessionDates),
    }))
    .sort((left, right) => left.dueAt.getTime() - right.dueAt.getTime());

  const dates = sessions.map(({ date }) => date).sort();
  return { startDate: dates[0], endDate: dates[dates.length - 1], sessions, assignments };
}

/** Who runs each session, by kind, as the admin planned them. */
export function staffOf(session: Pick<PlannedSession, 'kind'>, staff: readonly StaffPlan[] = []): StaffPlan[] {
  return staff.filter((member) => member.kinds.includes(session.kind));
}

/** Adds a `trainer_busy` warning for each planned trainer or facilitator who already runs a session that day elsewhere. */
export function withBusyWarnings(sessions: PlannedSession[], staff: readonly StaffPlan[] | undefined, busy: readonly StaffBusyDay[]): PlannedSession[] {
  return sessions.map((session) => {
    const planned = new Set(staffOf(session, staff).map(({ personId }) => personId));
    const clashes = busy.filter((day) => day.date === session.date && planned.has(day.personId));
    if (clashes.length === 0) return session;
    const warnings: PlanWarning[] = clashes.map(({ personId, personName, editionName, sessionTitle }) => ({
      code: 'trainer_busy',
      personId,
      personName,
      editionName,
      sessionTitle,
    }));
    return { ...session, warnings: [...session.warnings, ...warnings] };
  });
}

function editsBySlot(template: Template, plans: readonly SessionPlan[]): Map<string, SessionPlan> {
  const bySlot = new Map(plans.map((plan) => [plan.slotId, plan]));
  const matches = bySlot.size === plans.length && plans.length === template.slots.length && template.slots.every((slot) => bySlot.has(slot.id));
  if (!matches) throw new SessionPlanMismatchError();
  const endsTooEarly = plans.findIndex((plan) => plan.endTime <= plan.startTime);
  if (endsTooEarly >= 0) {
    throw new ValidationFailedError([
      {
        field: `sessions.${endsTooEarly}.endTime`,
        message: { nl: 'De eindtijd moet na de begintijd liggen.', en: 'The end time must be after the start time.' },
      },
    ]);
  }
  plans.forEach((plan, index) =>
    assertTimesExist(plan.date, [
      { field: `sessions.${index}.startTime`, time: plan.startTime },
      { field: `sessions.${index}.endTime`, time: plan.endTime },
    ]),
  );
  return bySlot;
}

function generatedTimes(scheduled: ScheduledSession, startTime: string) {
  return {
    date: scheduled.date,
    startTime,
    endTime: instantToAmsterdam(scheduled.endsAt).time,
    startsAt: scheduled.startsAt,
    endsAt: scheduled.endsAt,
    warnings: scheduled.warnings,
  };
}

/** The edition's venue for sessions on site, its link for sessions online, both for hybrid ones. */
function defaultVenue(mode: SessionMode, request: OpenEditionRequest) {
  return {
    location: mode === 'online' ? null : (request.defaultLocation ?? null),
    onlineUrl: mode === 'on_site' ? null : (request.defaultOnlineUrl ?? null),
  };
}

/** A session placed by hand on a closed day; `describeWarning` words it in the reader's language. */
function closedDayWarnings(date: string, closedDays: ClosedDayCalendar): PlanWarning[] {
  const closure = closedDays.closureOn(date);
  if (closure === null) return [];
  return [{ code: 'closed_day', date, holidayName: closure === 'weekend' ? null : closure }];
}
