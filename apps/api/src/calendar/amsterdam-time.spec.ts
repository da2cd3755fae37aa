import fc from 'fast-check';
import {
  addCalendarDays,
  addClockMinutes,
  clockMinutesBetween,
  calendarDaysBetween,
  addCalendarWeeks,
  amsterdamToInstant,
  formatAmsterdamIso,
  calendarDayInWords,
  instantToAmsterdam,
  isoWeekday,
} from './amsterdam-time';

describe('amsterdamToInstant', () => {
  it.each([
    // Clocks go forward on Sunday 29 March 2026 and Sunday 28 March 2027.
    ['2026-03-28', '2026-03-28T08:30:00.000Z'],
    ['2026-03-30', '2026-03-30T07:30:00.000Z'],
    ['2027-03-27', '2027-03-27T08:30:00.000Z'],
    ['2027-03-29', '2027-03-29T07:30:00.000Z'],
    // Clocks go back on Sunday 25 October 2026 and Sunday 31 October 2027.
    ['2026-10-24', '2026-10-24T07:30:00.000Z'],
    ['2026-10-26', '2026-10-26T08:30:00.000Z'],
    ['2027-10-30', '2027-10-30T07:30:00.000Z'],
    ['2027-11-01', '2027-11-01T08:30:00.000Z'],
  ])('puts 09:30 in Amsterdam on %s at %s', (date, instant) => {
    expect(amsterdamToInstant(date, '09:30').toISOString()).toBe(instant);
  });

  it('reads a time skipped in March as the summer-time hour after it', () => {
    expect(amsterdamToInstant('2027-03-28', '02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('reads a time that occurs twice in October as its winter-time occurrence', () => {
    expect(amsterdamToInstant('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T01:30:00.000Z');
  });

  it('is the instant whose Amsterdam clock shows that time, every quarter of an hour around each clock change from 1997 to 2040', () => {
    const differences: string[] = [];
    for (let year = 1997; year <= 2040; year++) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const lastSunday = lastDay.getTime() - lastDay.getUTCDay() * 86_400_000;
        for (let instant = lastSunday - 86_400_000; instant < lastSunday + 2 * 86_400_000; instant += 900_000) {
          const { date, time } = instantToAmsterdam(new Date(instant));
          const shown = amsterdamToInstant(date, time).getTime();
          // The first of the two occurrences of an hour repeated in October reads as the second, an hour later.
          const repeatedHour = shown === instant + 3_600_000 && instantToAmsterdam(new Date(shown)).time === time;
          if (shown !== instant && !repeatedHour) differences.push(new Date(instant).toISOString());
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it.each([['2027-02-29'], ['2027-13-01'], ['27-03-09'], ['2027-03-09T09:30']])('rejects the date %s', (date) => {
    expect(() => amsterdamToInstant(date, '09:30')).toThrow(RangeError);
  });

  it.each([['24:00'], ['9:30'], ['09:60'], ['09:30:00']])('rejects the time %s', (time) => {
    expect(() => amsterdamToInstant('2027-03-09', time)).toThrow(RangeError);
  });
});

describe('instantToAmsterdam', () => {
  it('reads the Amsterdam clock on both sides of a clock change', () => {
    expect(instantToAmsterdam(new Date('2027-03-27T08:30:00Z'))).toEqual({ date: '2027-03-27', time: '09:30' });
    expect(instantToAmsterdam(new Date('2027-03-29T07:30:00Z'))).toEqual({ date: '2027-03-29', time: '09:30' });
    expect(instantToAmsterdam(new Date('2027-10-30T07:30:00Z'))).toEqual({ date: '2027-10-30', time: '09:30' });
    expect(instantToAmsterdam(new Date('2027-11-01T08:30:00Z'))).toEqual({ date: '2027-11-01', time: '09:30' });
  });

  it('reads what the time zone database says, every hour from 1997 to 2040', () => {
    const clock = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const differences: string[] = [];
    for (let instant = Date.UTC(1997, 0, 1, 0, 30); instant < Date.UTC(2041, 0, 1); instant += 3_600_000) {
      const parts = Object.fromEntries(clock.formatToParts(instant).map(({ type, value }) => [type, value]));
      const expected = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
      const actual = instantToAmsterdam(new Date(instant));
      if (actual.date !== expected.date || actual.time !== expected.time) differences.push(new Date(instant).toISOString());
    }
    expect(differences).toEqual([]);
  });

  it('gives the Amsterdam date, not the UTC date, just before midnight', () => {
    expect(instantToAmsterdam(new Date('2027-06-30T22:30:00Z'))).toEqual({ date: '2027-07-01', time: '00:30' });
  });

  it('round-trips every wall-clock time outside the night of a clock change', () => {
    const wallClock = fc.record({
      date: fc
        .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
        .map((day) => day.toISOString().slice(0, 10)),
      time: fc
        .tuple(fc.integer({ min: 4, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`),
    });
    fc.assert(
      fc.property(wallClock, ({ date, time }) => {
        expect(instantToAmsterdam(amsterdamToInstant(date, time))).toEqual({ date, time });
      }),
    );
  });
});

describe('formatAmsterdamIso', () => {
  it('writes the offset of the moment', () => {
    expect(formatAmsterdamIso(new Date('2027-03-09T08:30:00Z'))).toBe('2027-03-09T09:30:00+01:00');
    expect(formatAmsterdamIso(new Date('2027-03-30T07:30:00Z'))).toBe('2027-03-30T09:30:00+02:00');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month ends, leap days and clock changes', () => {
    expect(addCalendarDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addCalendarDays('2027-03-28', 1)).toBe('2027-03-29');
    // Counted in calendar days, across a clock change and a leap day alike.
    expect(calendarDaysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2027-10-31', '2027-10-31')).toBe(0);
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('adds weeks keeping the weekday', () => {
    expect(addCalendarWeeks('2027-03-09', 3)).toBe('2027-03-30');
    expect(addCalendarWeeks('2027-10-26', 1)).toBe('2027-11-02');
  });

  it('numbers weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2027-03-08')).toBe(1);
    expect(isoWeekday('2027-01-05')).toBe(2);
    expect(isoWeekday('2027-03-28')).toBe(7);
  });

  it('spells a date in the reader\'s language with the process far from Amsterdam (the tests run on the Chatham Islands, see jest.config.js)', () => {
    expect(new Date('2027-05-06T00:00:00Z').getTimezoneOffset()).toBe(-765);
    expect(calendarDayInWords('2027-05-06', 'nl')).toBe('donderdag 6 mei 2027');
    expect(calendarDayInWords('2027-05-06', 'en')).toBe('Thursday 6 May 2027');
    expect(calendarDayInWords('2027-05-06', 'nl', { sentenceStart: true })).toBe('Donderdag 6 mei 2027');
    expect(calendarDayInWords('2027-01-12', 'nl', { weekday: false })).toBe('12 januari 2027');
    expect(calendarDayInWords('2027-01-12', 'en', { weekday: false })).toBe('12 January 2027');
  });
});

describe('minutes on the clock', () => {
  it('counts 1,440 a day, also across the nights the clocks change, and carries over to the next day', () => {
    // 01:30–03:30 the night summer time begins is one real hour, two on the clock.
    expect(clockMinutesBetween({ date: '2027-03-28', time: '01:30' }, { date: '2027-03-28', time: '03:30' })).toBe(120);
    expect(clockMinutesBetween({ date: '2027-10-30', time: '22:00' }, { date: '2027-10-31', time: '01:15' })).toBe(195);
    expect(addClockMinutes({ date: '2027-03-30', time: '01:30' }, 120)).toEqual({ date: '2027-03-30', time: '03:30' });
    expect(addClockMinutes({ date: '2027-12-31', time: '23:00' }, 60)).toEqual({ date: '2028-01-01', time: '00:00' });
  });
});
