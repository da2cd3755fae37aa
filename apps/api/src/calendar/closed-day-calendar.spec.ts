import { shippedClosedDays } from '../../test/shipped-closed-days';
import { ClosedDayCalendar } from './closed-day-calendar';

describe('ClosedDayCalendar', () => {
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
    expect(shippedClosedDays(region).closureOn(date)).toBe(expected);
  });

  it('closes the weekdays of a holiday and nothing beyond (its weekends are closed anyway)', () => {
    expect(shippedClosedDays('midden').closureOn('2027-12-24')).toBeNull();
    expect(shippedClosedDays('midden').closureOn('2027-12-25')).toBe('weekend');
    expect(shippedClosedDays('midden').closureOn('2027-12-28')).toBe('Kerstvakantie');
    expect(shippedClosedDays('midden').closureOn('2028-01-07')).toBe('Kerstvakantie');
    expect(shippedClosedDays('midden').closureOn('2028-01-10')).toBeNull();
  });

  it('falls back to the labelled estimate for a school year without a table', () => {
    expect(shippedClosedDays('noord').closureOn('2026-12-21')).toBe('Kerstvakantie (geschat)');
    expect(shippedClosedDays('zuid').closureOn('2027-02-09')).toBe('Voorjaarsvakantie (geschat)'); // carnival week
    expect(shippedClosedDays('midden').closureOn('2027-07-13')).toBe('Zomervakantie (geschat)');
  });
});

describe('ClosedDayCalendar sources', () => {
  const officeClosedDays = [{ name: 'Locatie gesloten', firstDay: '2026-03-10', lastDay: '2026-03-11' }];

  it('closes weekends and public holidays whatever the sources', () => {
    expect(ClosedDayCalendar.workingDays.closureOn('2026-03-07')).toBe('weekend');
    expect(ClosedDayCalendar.workingDays.closureOn('2027-04-27')).toBe('Koningsdag');
    expect(ClosedDayCalendar.workingDays.closureOn('2026-10-20')).toBeNull();
  });

  it("names the office's closed day on each of its days, and nothing beyond", () => {
    const calendar = shippedClosedDays(undefined, officeClosedDays);
    expect(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12'].map((day) => calendar.closureOn(day))).toEqual([
      null,
      'Locatie gesloten',
      'Locatie gesloten',
      null,
    ]);
  });

  it('ignores school holidays without a region', () => {
    expect(shippedClosedDays(undefined).closureOn('2025-10-20')).toBeNull();
  });
});
