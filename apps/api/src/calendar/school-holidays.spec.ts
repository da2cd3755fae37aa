import { REGIONS } from '@koers/shared/domain';
import { isoWeekday } from './amsterdam-time';
import { estimatedSchoolHolidays, schoolHolidayFor, schoolHolidaysOfSchoolYear } from './school-holidays';

const PUBLISHED_START_YEARS = [2025, 2027];

describe('schoolHolidayFor', () => {
  it.each([
    ['2025-10-13', 'zuid', 'Herfstvakantie'],
    ['2025-10-13', 'noord', null],
    ['2025-10-20', 'midden', 'Herfstvakantie'],
    ['2026-01-02', 'noord', 'Kerstvakantie'],
    ['2026-02-24', 'noord', 'Voorjaarsvakantie'],
    ['2026-02-24', 'midden', null],
    ['2026-02-17', 'zuid', 'Voorjaarsvakantie'],
    ['2026-04-28', 'midden', 'Meivakantie'],
    ['2026-07-07', 'noord', 'Zomervakantie'],
    ['2026-07-07', 'midden', null],
    ['2026-08-25', 'midden', 'Zomervakantie'],
    ['2028-09-01', 'zuid', 'Zomervakantie'],
    ['2028-09-01', 'midden', null],
    ['2027-03-09', 'zuid', null],
  ] as const)('on %s in region %s gives %s', (date, region, expected) => {
    expect(schoolHolidayFor(date, region)).toBe(expected);
  });

  it('includes the first and last day of a holiday and nothing beyond', () => {
    expect(schoolHolidayFor('2027-12-24', 'midden')).toBeNull();
    expect(schoolHolidayFor('2027-12-25', 'midden')).toBe('Kerstvakantie');
    expect(schoolHolidayFor('2028-01-09', 'midden')).toBe('Kerstvakantie');
    expect(schoolHolidayFor('2028-01-10', 'midden')).toBeNull();
  });

  it('falls back to the rule for a school year without published dates', () => {
    expect(schoolHolidayFor('2026-12-21', 'noord')).toBe('Kerstvakantie');
    expect(schoolHolidayFor('2027-02-09', 'zuid')).toBe('Voorjaarsvakantie'); // carnival week
    expect(schoolHolidayFor('2027-07-13', 'midden')).toBe('Zomervakantie');
  });
});

describe('estimatedSchoolHolidays', () => {
  it.each(PUBLISHED_START_YEARS.flatMap((year) => REGIONS.map((region) => [year, region] as const)))(
    'covers every published holiday day of school year %i, region %s',
    (startYear, region) => {
      const estimated = estimatedSchoolHolidays(startYear, region);
      for (const published of schoolHolidaysOfSchoolYear(startYear, region)) {
        const estimate = estimated.find(({ name }) => name === published.name);
        expect(estimate).toBeDefined();
        expect(estimate!.firstDay <= published.firstDay).toBe(true);
        expect(estimate!.lastDay >= published.lastDay).toBe(true);
      }
    },
  );

  it('reproduces the published kerstvakantie exactly', () => {
    for (const startYear of PUBLISHED_START_YEARS) {
      const byName = (holidays: { name: string }[]) => holidays.find(({ name }) => name === 'Kerstvakantie');
      expect(byName(estimatedSchoolHolidays(startYear, 'noord'))).toEqual(
        byName(schoolHolidaysOfSchoolYear(startYear, 'noord')),
      );
    }
  });

  it('estimates school year 2026-2027 by the documented rule', () => {
    expect(estimatedSchoolHolidays(2026, 'zuid')).toEqual([
      { name: 'Herfstvakantie', firstDay: '2026-10-10', lastDay: '2026-10-25' },
      { name: 'Kerstvakantie', firstDay: '2026-12-19', lastDay: '2027-01-03' },
      { name: 'Voorjaarsvakantie', firstDay: '2027-02-06', lastDay: '2027-02-14' },
      { name: 'Meivakantie', firstDay: '2027-05-01', lastDay: '2027-05-09' },
      { name: 'Zomervakantie', firstDay: '2027-07-10', lastDay: '2027-09-05' },
    ]);
    expect(estimatedSchoolHolidays(2026, 'noord')[2]).toEqual({
      name: 'Voorjaarsvakantie',
      firstDay: '2027-02-20',
      lastDay: '2027-03-07',
    });
  });
});

describe('schoolHolidaysOfSchoolYear', () => {
  it('runs every holiday from a Saturday to a Sunday, in order and without overlap', () => {
    for (let startYear = 2025; startYear <= 2040; startYear++) {
      for (const region of REGIONS) {
        const holidays = schoolHolidaysOfSchoolYear(startYear, region);
        holidays.forEach(({ firstDay, lastDay }, index) => {
          expect([isoWeekday(firstDay), isoWeekday(lastDay)]).toEqual([6, 7]);
          if (index > 0) expect(firstDay > holidays[index - 1].lastDay).toBe(true);
        });
        expect(holidays[0].firstDay.startsWith(`${startYear}-10`)).toBe(true);
        expect(holidays[4].lastDay < `${startYear + 1}-09-10`).toBe(true);
      }
    }
  });
});
