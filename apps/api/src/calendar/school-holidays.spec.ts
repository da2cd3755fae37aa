import { REGIONS } from '@koers/shared/domain';
import { isoWeekday } from './amsterdam-time';
import { PUBLISHED_SCHOOL_HOLIDAYS } from './published-school-holidays';
import { estimatedSchoolHolidays } from './school-holidays';

const PUBLISHED_START_YEARS = [...new Set(PUBLISHED_SCHOOL_HOLIDAYS.map(({ schoolYear }) => schoolYear))];
const publishedTable = (startYear: number, region: string) =>
  PUBLISHED_SCHOOL_HOLIDAYS.filter((holiday) => holiday.schoolYear === startYear && holiday.region === region).map(({ name, firstDay, lastDay }) => ({ name, firstDay, lastDay }));

describe('estimatedSchoolHolidays', () => {
  it.each(PUBLISHED_START_YEARS.flatMap((year) => REGIONS.map((region) => [year, region] as const)))(
    'covers every published holiday day of school year %i, region %s',
    (startYear, region) => {
      const estimated = estimatedSchoolHolidays(startYear, region);
      for (const published of publishedTable(startYear, region)) {
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
        byName(publishedTable(startYear, 'noord')),
      );
    }
  });

  it('estimates school year 2026-2027 by the documented rule', () => {
    expect(estimatedSchoolHolidays(2026, 'zuid')).toEqual([
      { name: 'Herfstvakantie', firstDay: '2026-10-10', lastDay: '2026-10-25' },
      { name: 'Kerstvakantie', firstDay: '2026-12-19', lastDay: '2027-01-03' },
      { name: 'Voorjaarsvakantie', firstDay: '2027-02-06', lastDay: '2027-02-14' },
      // 27 April 2027 is a Tuesday: its week (17, which the government fixes for 2027) and week 18.
      { name: 'Meivakantie', firstDay: '2027-04-24', lastDay: '2027-05-09' },
      { name: 'Zomervakantie', firstDay: '2027-07-10', lastDay: '2027-09-05' },
    ]);
    expect(estimatedSchoolHolidays(2026, 'noord')[2]).toEqual({
      name: 'Voorjaarsvakantie',
      firstDay: '2027-02-20',
      lastDay: '2027-03-07',
    });
  });
});

describe('every school holiday, published or estimated', () => {
  it('runs every holiday from a Saturday to a Sunday, in order and without overlap', () => {
    for (let startYear = 2025; startYear <= 2040; startYear++) {
      for (const region of REGIONS) {
        const table = publishedTable(startYear, region);
        const holidays = table.length > 0 ? table : estimatedSchoolHolidays(startYear, region);
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
