import fc from 'fast-check';
import { isoWeekday } from './amsterdam-time';
import { dutchPublicHolidays, easterSunday, isDutchPublicHoliday } from './dutch-holidays';

/*
 * Written out by hand from Easter dates checked against an independent implementation
 * (python-dateutil's easter()) and weekdays of 27 April checked with GNU date.
 */
const EXPECTED: Record<number, Record<string, string>> = {
  2025: {
    '2025-01-01': 'Nieuwjaarsdag',
    '2025-04-18': 'Goede Vrijdag',
    '2025-04-20': 'Eerste Paasdag',
    '2025-04-21': 'Tweede Paasdag',
    '2025-04-26': 'Koningsdag',
    '2025-05-05': 'Bevrijdingsdag',
    '2025-05-29': 'Hemelvaartsdag',
    '2025-06-08': 'Eerste Pinksterdag',
    '2025-06-09': 'Tweede Pinksterdag',
    '2025-12-25': 'Eerste Kerstdag',
    '2025-12-26': 'Tweede Kerstdag',
  },
  2026: {
    '2026-01-01': 'Nieuwjaarsdag',
    '2026-04-03': 'Goede Vrijdag',
    '2026-04-05': 'Eerste Paasdag',
    '2026-04-06': 'Tweede Paasdag',
    '2026-04-27': 'Koningsdag',
    '2026-05-14': 'Hemelvaartsdag',
    '2026-05-24': 'Eerste Pinksterdag',
    '2026-05-25': 'Tweede Pinksterdag',
    '2026-12-25': 'Eerste Kerstdag',
    '2026-12-26': 'Tweede Kerstdag',
  },
  2027: {
    '2027-01-01': 'Nieuwjaarsdag',
    '2027-03-26': 'Goede Vrijdag',
    '2027-03-28': 'Eerste Paasdag',
    '2027-03-29': 'Tweede Paasdag',
    '2027-04-27': 'Koningsdag',
    '2027-05-06': 'Hemelvaartsdag',
    '2027-05-16': 'Eerste Pinksterdag',
    '2027-05-17': 'Tweede Pinksterdag',
    '2027-12-25': 'Eerste Kerstdag',
    '2027-12-26': 'Tweede Kerstdag',
  },
  2028: {
    '2028-01-01': 'Nieuwjaarsdag',
    '2028-04-14': 'Goede Vrijdag',
    '2028-04-16': 'Eerste Paasdag',
    '2028-04-17': 'Tweede Paasdag',
    '2028-04-27': 'Koningsdag',
    '2028-05-25': 'Hemelvaartsdag',
    '2028-06-04': 'Eerste Pinksterdag',
    '2028-06-05': 'Tweede Pinksterdag',
    '2028-12-25': 'Eerste Kerstdag',
    '2028-12-26': 'Tweede Kerstdag',
  },
  2029: {
    '2029-01-01': 'Nieuwjaarsdag',
    '2029-03-30': 'Goede Vrijdag',
    '2029-04-01': 'Eerste Paasdag',
    '2029-04-02': 'Tweede Paasdag',
    '2029-04-27': 'Koningsdag',
    '2029-05-10': 'Hemelvaartsdag',
    '2029-05-20': 'Eerste Pinksterdag',
    '2029-05-21': 'Tweede Pinksterdag',
    '2029-12-25': 'Eerste Kerstdag',
    '2029-12-26': 'Tweede Kerstdag',
  },
  2030: {
    '2030-01-01': 'Nieuwjaarsdag',
    '2030-04-19': 'Goede Vrijdag',
    '2030-04-21': 'Eerste Paasdag',
    '2030-04-22': 'Tweede Paasdag',
    '2030-04-27': 'Koningsdag',
    '2030-05-05': 'Bevrijdingsdag',
    '2030-05-30': 'Hemelvaartsdag',
    '2030-06-09': 'Eerste Pinksterdag',
    '2030-06-10': 'Tweede Pinksterdag',
    '2030-12-25': 'Eerste Kerstdag',
    '2030-12-26': 'Tweede Kerstdag',
  },
  2031: {
    '2031-01-01': 'Nieuwjaarsdag',
    '2031-04-11': 'Goede Vrijdag',
    '2031-04-13': 'Eerste Paasdag',
    '2031-04-14': 'Tweede Paasdag',
    '2031-04-26': 'Koningsdag',
    '2031-05-22': 'Hemelvaartsdag',
    '2031-06-01': 'Eerste Pinksterdag',
    '2031-06-02': 'Tweede Pinksterdag',
    '2031-12-25': 'Eerste Kerstdag',
    '2031-12-26': 'Tweede Kerstdag',
  },
  2032: {
    '2032-01-01': 'Nieuwjaarsdag',
    '2032-03-26': 'Goede Vrijdag',
    '2032-03-28': 'Eerste Paasdag',
    '2032-03-29': 'Tweede Paasdag',
    '2032-04-27': 'Koningsdag',
    '2032-05-06': 'Hemelvaartsdag',
    '2032-05-16': 'Eerste Pinksterdag',
    '2032-05-17': 'Tweede Pinksterdag',
    '2032-12-25': 'Eerste Kerstdag',
    '2032-12-26': 'Tweede Kerstdag',
  },
};

describe('dutchPublicHolidays', () => {
  it.each(Object.keys(EXPECTED).map(Number))('lists exactly the holidays of %i, in date order', (year) => {
    const asTable = Object.fromEntries(dutchPublicHolidays(year).map(({ date, name }) => [date, name]));
    expect(asTable).toEqual(EXPECTED[year]);
    const dates = dutchPublicHolidays(year).map(({ date }) => date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
  ])('finds Easter Sunday %i on %s', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it('puts Easter on a Sunday between 22 March and 25 April in any Gregorian year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });

  it('moves Koningsdag to 26 April only when the 27th is a Sunday', () => {
    const kingsDays = (year: number) =>
      dutchPublicHolidays(year).filter(({ name }) => name === 'Koningsdag').map(({ date }) => date);
    expect(kingsDays(2025)).toEqual(['2025-04-26']);
    expect(kingsDays(2030)).toEqual(['2030-04-27']); // a Saturday stays
    expect(kingsDays(2031)).toEqual(['2031-04-26']);
  });

  it('counts Bevrijdingsdag only in lustrum years', () => {
    const liberationDayYears = Object.keys(EXPECTED)
      .map(Number)
      .filter((year) => dutchPublicHolidays(year).some(({ name }) => name === 'Bevrijdingsdag'));
    expect(liberationDayYears).toEqual([2025, 2030]);
  });
});

describe('isDutchPublicHoliday', () => {
  it('names the holiday on a date', () => {
    expect(isDutchPublicHoliday('2026-05-14')).toBe('Hemelvaartsdag');
    expect(isDutchPublicHoliday('2026-05-25')).toBe('Tweede Pinksterdag');
    expect(isDutchPublicHoliday('2027-04-27')).toBe('Koningsdag');
  });

  it('returns null on ordinary days, including 5 May outside lustrum years', () => {
    expect(isDutchPublicHoliday('2026-05-05')).toBeNull();
    expect(isDutchPublicHoliday('2025-04-27')).toBeNull();
    expect(isDutchPublicHoliday('2027-03-09')).toBeNull();
  });

  it('gives both names when Hemelvaartsdag falls on Bevrijdingsdag (Easter on 27 March 2225)', () => {
    expect(isDutchPublicHoliday('2225-05-05')).toBe('Hemelvaartsdag en Bevrijdingsdag');
  });

  it('rejects a malformed date', () => {
    expect(() => isDutchPublicHoliday('2026-5-14')).toThrow(RangeError);
  });
});
