import fc from 'fast-check';
import { REGIONS, type SessionKind } from '@koers/shared/domain';
import { calendarDaysBetween, instantToAmsterdam, isoWeekday } from '../../calendar/amsterdam-time';
import { ClosedDayCalendar } from '../../calendar/closed-day-calendar';
import { isDutchPublicHoliday } from '../../calendar/dutch-holidays';
import { shippedClosedDays } from '../../../test/shipped-closed-days';
import {
  generateSchedule,
  InvalidScheduleRequestError,
  type CurriculumSlot,
  type ScheduleRequest,
} from './generate-schedule';

const amsterdamClock = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** A template from a compact notation: P = programme day, N = network session, B = board meeting. */
function curriculum(notation: string): CurriculumSlot[] {
  const kinds: Record<string, SessionKind> = { P: 'programme_day', N: 'network_session', B: 'board_meeting' };
  return [...notation].map((letter, index) => ({
    slotId: `${letter}${index + 1}`,
    kind: kinds[letter],
    title: `${kinds[letter]} ${index + 1}`,
    durationMinutes: letter === 'P' ? 390 : 120,
    mode: 'on_site',
    audience: { participants: true, internalTeams: false, directors: letter === 'B' },
    order: (index + 1) * 10,
  }));
}

function schedule(overrides: Partial<ScheduleRequest> & Pick<ScheduleRequest, 'slots'>) {
  return generateSchedule({ startDate: '2027-01-05', cadenceWeeks: 3, weekday: 2, startTime: '09:30', closedDays: ClosedDayCalendar.workingDays, ...overrides });
}

const datesOf = (sessions: { date: string }[]) => sessions.map(({ date }) => date);

describe('generateSchedule', () => {
  describe('an edition opened on Tuesday 5 January 2027 with a three-week cadence', () => {
    const sessions = schedule({ slots: curriculum('PPNPBPPNPPNPPBPN') });
    const programmeDays = sessions.filter(({ kind }) => kind === 'programme_day');

    it('yields ten programme days on the cadence', () => {
      expect(datesOf(programmeDays)).toEqual([
        '2027-01-05',
        '2027-01-26',
        '2027-02-16',
        '2027-03-09',
        '2027-03-30',
        '2027-04-20',
        '2027-05-11',
        '2027-06-01',
        '2027-06-22',
        '2027-07-13',
      ]);
    });

    it('puts no session on a weekend or public holiday, and moves none', () => {
      for (const { date, warnings } of sessions) {
        expect(isoWeekday(date)).toBeLessThanOrEqual(5);
        expect(isDutchPublicHoliday(date)).toBeNull();
        expect(warnings).toEqual([]);
      }
    });

    it('starts every session at 09:30 Amsterdam time, before and after the clocks go forward on 28 March', () => {
      expect(programmeDays.some(({ date }) => date < '2027-03-28')).toBe(true);
      expect(programmeDays.some(({ date }) => date > '2027-03-28')).toBe(true);
      for (const { date, startsAt } of sessions) {
        expect(instantToAmsterdam(startsAt)).toEqual({ date, time: '09:30' });
        expect(amsterdamClock.format(startsAt)).toBe('09:30');
      }
      const utcHourOf = (date: string) => sessions.find((session) => session.date === date)!.startsAt.toISOString();
      expect(utcHourOf('2027-03-09')).toBe('2027-03-09T08:30:00.000Z');
      expect(utcHourOf('2027-03-30')).toBe('2027-03-30T07:30:00.000Z');
    });

    it('ends each session its duration later', () => {
      const [kickOff] = sessions;
      expect(kickOff.endsAt.getTime() - kickOff.startsAt.getTime()).toBe(390 * 60_000);
      expect(amsterdamClock.format(kickOff.endsAt)).toBe('16:00');
    });

    it('places network sessions and board meetings on the programme weekday between programme days', () => {
      expect(sessions.filter(({ kind }) => kind !== 'programme_day').map(({ slotId, date }) => [slotId, date])).toEqual([
        ['N3', '2027-02-09'],
        ['B5', '2027-03-02'],
        ['N8', '2027-04-13'],
        ['N11', '2027-05-25'],
        ['B14', '2027-07-06'],
        ['N16', '2027-07-27'],
      ]);
    });

    it('lists the sessions in chronological order', () => {
      expect(datesOf(sessions)).toEqual([...datesOf(sessions)].sort());
    });
  });

  it('starts on the first programme weekday on or after the start date', () => {
    const [first] = schedule({ slots: curriculum('PP'), startDate: '2027-01-01' });
    expect(first.date).toBe('2027-01-05');
  });

  it('follows the template order, not the order of the input', () => {
    const slots = curriculum('PNP').reverse();
    expect(schedule({ slots }).map(({ slotId }) => slotId)).toEqual(['P1', 'N2', 'P3']);
  });

  it('moves a programme day off Hemelvaartsdag to the same weekday a week later, with a warning that says so', () => {
    const sessions = schedule({ slots: curriculum('PPP'), startDate: '2027-04-15', weekday: 4 });
    expect(datesOf(sessions)).toEqual(['2027-04-15', '2027-05-13', '2027-05-27']);
    expect(sessions[1].warnings).toEqual([
      {
        code: 'moved_off_holiday',
        originalDate: '2027-05-06',
        holidayName: 'Hemelvaartsdag',
        sameWeekdayNextWeek: true,
      },
    ]);
    expect(amsterdamClock.format(sessions[1].startsAt)).toBe('09:30');
  });

  it('moves a network session off Koningsdag to the next day when a week later would overtake the next session', () => {
    const sessions = schedule({ slots: curriculum('PNP'), startDate: '2027-04-20', cadenceWeeks: 2 });
    expect(datesOf(sessions)).toEqual(['2027-04-20', '2027-04-28', '2027-05-04']);
    expect(sessions[1].warnings).toMatchObject([
      { code: 'moved_off_holiday', originalDate: '2027-04-27', holidayName: 'Koningsdag', sameWeekdayNextWeek: false },
    ]);
  });

  it('moves the last session off Goede Vrijdag to the Friday a week later', () => {
    const sessions = schedule({ slots: curriculum('PP'), startDate: '2027-03-05', weekday: 5 });
    expect(sessions[1].date).toBe('2027-04-02');
    expect(sessions[1].warnings).toMatchObject([{ originalDate: '2027-03-26', holidayName: 'Goede Vrijdag', sameWeekdayNextWeek: true }]);
  });

  it('moves off Tweede Paasdag to the next open day when a week later would reach the next programme day', () => {
    // Mondays: 29 March 2027 is Tweede Paasdag; a week later (5 April) is open, but the next programme day is on 5 April.
    const sessions = schedule({ slots: curriculum('PPP'), startDate: '2027-03-22', weekday: 1, cadenceWeeks: 1 });
    expect(datesOf(sessions)).toEqual(['2027-03-22', '2027-03-30', '2027-04-05']);
    expect(sessions[1].warnings).toMatchObject([{ holidayName: 'Tweede Paasdag', sameWeekdayNextWeek: false }]);
  });

  it('avoids school holidays only when a region is given', () => {
    const slots = curriculum('PP');
    const request = { slots, startDate: '2026-02-03' };
    expect(schedule(request)[1].date).toBe('2026-02-24');
    const inNoord = schedule({ ...request, closedDays: shippedClosedDays('noord') });
    expect(inNoord[1].date).toBe('2026-03-03');
    expect(inNoord[1].warnings).toMatchObject([
      { code: 'moved_off_holiday', originalDate: '2026-02-24', holidayName: 'Voorjaarsvakantie' },
    ]);
    expect(schedule({ ...request, closedDays: shippedClosedDays('midden') })[1].date).toBe('2026-02-24');
  });

  it("moves a session off the programme office's closed day and names that day in the warning", () => {
    const closedDays = shippedClosedDays(undefined, [{ name: 'Jaarbeurs gesloten', firstDay: '2027-01-26', lastDay: '2027-01-26' }]);
    const sessions = schedule({ slots: curriculum('PPP'), closedDays });
    expect(datesOf(sessions)).toEqual(['2027-01-05', '2027-02-02', '2027-02-16']);
    expect(sessions[1].warnings).toMatchObject([
      { code: 'moved_off_holiday', originalDate: '2027-01-26', holidayName: 'Jaarbeurs gesloten', sameWeekdayNextWeek: true },
    ]);
  });

  it('names a school holiday of a year without a table as an estimate', () => {
    const sessions = schedule({ slots: curriculum('PP'), startDate: '2030-10-15', cadenceWeeks: 1, closedDays: shippedClosedDays('noord') });
    // The estimate covers two weeks from the start date on: the programme starts after it.
    expect(sessions[0]).toMatchObject({ date: '2030-10-29', warnings: [{ code: 'shifted_past_holiday', holidayName: 'Herfstvakantie (geschat)', weeks: 2 }] });
  });

  it('shifts the rest of the programme past a long holiday by whole weeks, keeping its weekday and rhythm', () => {
    const sessions = schedule({
      slots: curriculum('PPPPPP'),
      startDate: '2026-06-09',
      cadenceWeeks: 2,
      closedDays: shippedClosedDays('noord'),
    });
    expect(datesOf(sessions)).toEqual(['2026-06-09', '2026-06-23', '2026-08-18', '2026-09-01', '2026-09-15', '2026-09-29']);
    expect(sessions.map(({ warnings }) => warnings.map(({ code }) => code))).toEqual([[], [], ['shifted_past_holiday'], [], [], []]);
    expect(sessions[2].warnings[0]).toMatchObject({ originalDate: '2026-07-07', weeks: 6 });
  });

  it('keeps a spring edition on its weekday and rhythm through the summer, with no sessions piled up after it', () => {
    const sessions = schedule({ slots: curriculum('PPNPBPPNPPNPPBPN'), startDate: '2027-03-01', weekday: 2, closedDays: shippedClosedDays('midden') });
    const dates = datesOf(sessions);
    expect(dates).toEqual([...dates].sort());
    expect(sessions.filter(({ kind, date }) => kind === 'programme_day' && isoWeekday(date) !== 2)).toEqual([]);
    // A one-week holiday may put a session on the day before the next (as Koningsdag does); never three days in a row.
    const gaps = dates.slice(1).map((date, index) => calendarDaysBetween(dates[index], date));
    expect(gaps.filter((gap, index) => gap === 1 && gaps[index + 1] === 1)).toEqual([]);
    const summer = sessions.find(({ warnings }) => warnings.some((warning) => 'holidayName' in warning && warning.holidayName.startsWith('Zomervakantie')))!;
    expect(summer.warnings).toMatchObject([{ code: 'shifted_past_holiday', originalDate: '2027-07-20' }]);
  });

  it('moves a session alone when a long holiday swallows only it, and two closed days a week apart are no long holiday', () => {
    // The summer (noord, from 4 July 2026) swallows the last programme day only: it moves, nothing after it to shift.
    const last = schedule({ slots: curriculum('PP'), startDate: '2026-06-09', cadenceWeeks: 4, closedDays: shippedClosedDays('noord') });
    expect(last.map(({ date, warnings }) => [date, warnings.map(({ code }) => code)])).toEqual([
      ['2026-06-09', []],
      ['2026-08-17', ['moved_off_holiday']],
    ]);
    // Eerste Kerstdag and Nieuwjaarsdag, Fridays a week apart with working days between: each moves on its own.
    const winter = schedule({ slots: curriculum('PPP'), startDate: '2026-12-18', cadenceWeeks: 1, weekday: 5 });
    expect(winter.map(({ date, warnings }) => [date, warnings.map(({ code }) => code)])).toEqual([
      ['2026-12-18', []],
      ['2026-12-28', ['moved_off_holiday']],
      ['2027-01-08', ['moved_off_holiday']],
    ]);
  });

  it('spreads sessions over the working days in between when the cadence leaves no week free', () => {
    const sessions = schedule({ slots: curriculum('PNNP'), cadenceWeeks: 1 });
    expect(datesOf(sessions)).toEqual(['2027-01-05', '2027-01-07', '2027-01-08', '2027-01-12']);
  });

  it('places sessions after the last programme day within one more cadence', () => {
    const sessions = schedule({ slots: curriculum('PPB') });
    expect(sessions[2].date).toBe('2027-02-09');
  });

  it.each([
    ['a cadence of 0 weeks', { cadenceWeeks: 0 }],
    ['a cadence of 9 weeks', { cadenceWeeks: 9 }],
    ['a fractional cadence', { cadenceWeeks: 1.5 }],
    ['a Saturday', { weekday: 6 as ScheduleRequest['weekday'] }],
    ['a curriculum that opens with a network session', { slots: curriculum('NP') }],
    ['a slot without duration', { slots: curriculum('P').map((slot) => ({ ...slot, durationMinutes: 0 })) }],
  ])('rejects %s', (_, overrides) => {
    expect(() => schedule({ slots: curriculum('PP'), ...overrides })).toThrow(InvalidScheduleRequestError);
  });

  it('never schedules on a closed day, keeps order, and starts at the requested Amsterdam time', () => {
    const request = fc.record({
      slots: fc.stringMatching(/^P[PNB]{0,20}$/).map(curriculum),
      startDate: fc
        .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
        .map((day) => day.toISOString().slice(0, 10)),
      cadenceWeeks: fc.integer({ min: 1, max: 8 }),
      weekday: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
      startTime: fc.constantFrom('08:00', '09:30', '13:15', '18:45'),
      closedDays: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }).map((region) => shippedClosedDays(region)),
    });
    fc.assert(
      fc.property(request, (input) => {
        const sessions = generateSchedule(input);
        expect(sessions).toHaveLength(input.slots.length);
        sessions.forEach((session, index) => {
          expect(isoWeekday(session.date)).toBeLessThanOrEqual(5);
          expect(isDutchPublicHoliday(session.date)).toBeNull();
          expect(input.closedDays.closureOn(session.date)).toBeNull();
          if (index > 0) expect(session.date > sessions[index - 1].date).toBe(true);
          expect(session.date >= input.startDate).toBe(true);
          expect(amsterdamClock.format(session.startsAt)).toBe(input.startTime);
          if (session.kind === 'programme_day' && session.warnings.length === 0) {
            expect(isoWeekday(session.date)).toBe(input.weekday);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
