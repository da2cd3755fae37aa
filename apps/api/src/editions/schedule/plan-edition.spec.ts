import type { ProgrammeDetail } from '@koers/shared/programmes';
import { formatAmsterdamIso } from '../../calendar/amsterdam-time';
import { ClosedDayCalendar } from '../../calendar/closed-day-calendar';
import { ValidationFailedError } from '../../errors/koers-error';
import { CurriculumEmptyError, CurriculumMustStartWithProgrammeDayError, SessionPlanMismatchError } from '../editions.errors';
import { planEdition, withBusyWarnings } from './plan-edition';

const slot = (id: string, position: number, kind: 'programme_day' | 'network_session' = 'programme_day') => ({
  id,
  position,
  kind,
  title: id,
  theme: '',
  durationMinutes: kind === 'programme_day' ? 390 : 120,
  mode: 'hybrid' as const,
  audience: { participants: true, internalTeams: false, directors: false },
});

const template: Pick<ProgrammeDetail, 'slots' | 'assignmentTemplates'> = {
  slots: [slot('day-1', 1), slot('network-1', 2, 'network_session'), slot('day-2', 3)],
  assignmentTemplates: [{ id: 'tpl', title: 'Vraagstuk', instructions: '', relativeToSlotId: 'day-2', offsetDays: -3, dueTime: '23:59' }],
};

const request = { name: 'HIS-I 3.0', startDate: '2027-01-05', cadenceWeeks: 3, weekday: 2 as const, startTime: '09:30', defaultLocation: 'Amersfoort', defaultOnlineUrl: 'https://meet.example.nl' };

describe('planEdition', () => {
  it('generates sessions with times, venue and link, and deadlines from the template', () => {
    const plan = planEdition(template, request, ClosedDayCalendar.workingDays);
    expect(plan.sessions.map(({ slotId, date, startTime, endTime, location }) => [slotId, date, startTime, endTime, location])).toEqual([
      ['day-1', '2027-01-05', '09:30', '16:00', 'Amersfoort'],
      ['network-1', '2027-01-19', '09:30', '11:30', 'Amersfoort'],
      ['day-2', '2027-01-26', '09:30', '16:00', 'Amersfoort'],
    ]);
    expect(plan.assignments.map((a) => formatAmsterdamIso(a.dueAt))).toEqual(['2027-01-22T23:59:00+01:00']);
    expect([plan.startDate, plan.endDate]).toEqual(['2027-01-05', '2027-01-26']);
  });

  it('uses the admin’s edits as given, warns about a closed day, and lets deadlines follow', () => {
    const sessions = planEdition(template, request, ClosedDayCalendar.workingDays).sessions.map(({ slotId, date, startTime, endTime, location, onlineUrl }) => ({ slotId, date, startTime, endTime, location, onlineUrl }));
    sessions[2] = { ...sessions[2], date: '2027-01-30', startTime: '10:00', endTime: '12:00', onlineUrl: null };
    const plan = planEdition(template, { ...request, sessions }, ClosedDayCalendar.workingDays);
    expect(plan.sessions[2]).toMatchObject({ date: '2027-01-30', onlineUrl: null, warnings: [{ code: 'closed_day', date: '2027-01-30', holidayName: null }] });
    expect(formatAmsterdamIso(plan.sessions[2].startsAt)).toBe('2027-01-30T10:00:00+01:00');
    expect(formatAmsterdamIso(plan.assignments[0].dueAt)).toBe('2027-01-27T23:59:00+01:00');
  });

  it('refuses edits that miss a slot or end before they start, and templates it cannot schedule', () => {
    const sessions = planEdition(template, request, ClosedDayCalendar.workingDays).sessions.map(({ slotId, date, startTime, endTime, location, onlineUrl }) => ({ slotId, date, startTime, endTime, location, onlineUrl }));
    expect(() => planEdition(template, { ...request, sessions: sessions.slice(1) }, ClosedDayCalendar.workingDays)).toThrow(SessionPlanMismatchError);
    expect(() => planEdition(template, { ...request, sessions: [sessions[0], sessions[0], sessions[2]] }, ClosedDayCalendar.workingDays)).toThrow(SessionPlanMismatchError);
    expect(() => planEdition(template, { ...request, sessions: [{ ...sessions[0], endTime: '09:00' }, sessions[1], sessions[2]] }, ClosedDayCalendar.workingDays)).toThrow(ValidationFailedError);
    expect(() => planEdition({ ...template, slots: [] }, request, ClosedDayCalendar.workingDays)).toThrow(CurriculumEmptyError);
    expect(() => planEdition({ ...template, slots: [template.slots[1], template.slots[0]] }, request, ClosedDayCalendar.workingDays)).toThrow(CurriculumMustStartWithProgrammeDayError);
  });
});

describe('planEdition and the clock', () => {
  const problems = (plan: () => unknown) => {
    try {
      plan();
    } catch (error) {
      return (error as ValidationFailedError).fields?.map(({ field, message }) => [field, message.nl]);
    }
    return [];
  };

  it('refuses a start time at which the longest session ends after midnight, which the preview would show ending before it starts', () => {
    expect(problems(() => planEdition(template, { ...request, startTime: '17:29' }, ClosedDayCalendar.workingDays))).toEqual([]);
    expect(problems(() => planEdition(template, { ...request, startTime: '17:30' }, ClosedDayCalendar.workingDays))).toEqual([
      ['startTime', 'Met begintijd 17:30 eindigt een bijeenkomst van 390 minuten om of na middernacht. Kies een eerdere begintijd.'],
    ]);
  });

  it('refuses an edited time the clocks skip when summer time begins, rather than moving it an hour on', () => {
    const sessions = planEdition(template, request, ClosedDayCalendar.workingDays).sessions.map(({ slotId, date, startTime, endTime, location, onlineUrl }) => ({ slotId, date, startTime, endTime, location, onlineUrl }));
    const springForward = { ...sessions[1], date: '2027-03-28', startTime: '02:30', endTime: '04:00' };
    expect(problems(() => planEdition(template, { ...request, sessions: [sessions[0], springForward, sessions[2]] }, ClosedDayCalendar.workingDays))).toEqual([
      ['sessions.1.startTime', '02:30 bestaat niet op zondag 28 maart 2027: de klok gaat die nacht van 02:00 naar 03:00. Kies een andere tijd.'],
    ]);
    // The hour that comes twice in October exists; it is its second, winter-time occurrence.
    const fallBack = { ...sessions[1], date: '2027-10-31', startTime: '02:30', endTime: '04:00' };
    expect(problems(() => planEdition(template, { ...request, sessions: [sessions[0], fallBack, sessions[2]] }, ClosedDayCalendar.workingDays))).toEqual([]);
  });
});

describe('withBusyWarnings', () => {
  it('warns on the sessions of the planned kinds on a day the person runs a session elsewhere', () => {
    const { sessions } = planEdition(template, request, ClosedDayCalendar.workingDays);
    const staff = [{ personId: 'sanne', role: 'trainer' as const, kinds: ['programme_day' as const] }];
    const busy = [
      { personId: 'sanne', personName: 'Sanne', date: '2027-01-26', editionName: 'HIS-I 2.0', sessionTitle: 'Lesdag 7' },
      { personId: 'sanne', personName: 'Sanne', date: '2027-01-19', editionName: 'HIS-I 2.0', sessionTitle: 'Lesdag 6' },
    ];
    const warned = withBusyWarnings(sessions, staff, busy);
    expect(warned.map((s) => s.warnings.map((w) => w.code))).toEqual([[], [], ['trainer_busy']]);
  });
});
