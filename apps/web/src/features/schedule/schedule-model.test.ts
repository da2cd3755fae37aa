import { nextSession, type ScheduleEntry } from '@koers/shared/schedule';
import { addMonths, groupByMonth, monthWeeks } from './schedule-model';

const entry = (sessionId: string, startsAt: string, endsAt: string, status: ScheduleEntry['status'] = 'scheduled') =>
  ({ sessionId, startsAt, endsAt, status }) as ScheduleEntry;

describe('schedule model', () => {
  it('groups by Amsterdam month: 23:30 UTC on 31 March is already April in Amsterdam', () => {
    const groups = groupByMonth([entry('a', '2027-03-09T08:30:00Z', '2027-03-09T15:00:00Z'), entry('b', '2027-03-31T22:30:00Z', '2027-03-31T23:30:00Z')]);
    expect(groups.map((g) => [g.month, g.entries.map((e) => e.sessionId)])).toEqual([
      ['2027-03', ['a']],
      ['2027-04', ['b']],
    ]);
  });

  it('finds the next session that has not ended and is not cancelled', () => {
    const now = new Date('2027-03-09T10:00:00Z');
    const entries = [
      entry('past', '2027-03-02T08:30:00Z', '2027-03-02T15:00:00Z'),
      entry('cancelled', '2027-03-09T08:30:00Z', '2027-03-09T15:00:00Z', 'cancelled'),
      entry('now', '2027-03-09T09:00:00Z', '2027-03-09T11:00:00Z'),
    ];
    expect(nextSession(entries, now)?.sessionId).toBe('now');
    expect(nextSession(entries, new Date('2027-03-09T12:00:00Z'))).toBeUndefined();
  });

  it('lays out a month in weeks from Monday', () => {
    // 1 March 2027 is a Monday; February 2027 starts on a Monday and has exactly four weeks.
    const march = monthWeeks('2027-03');
    expect(march[0]).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07']);
    expect(march.at(-1)).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', null, null, null, null]);
    expect(monthWeeks('2027-02')).toHaveLength(4);
    // 1 November 2026 is a Sunday.
    expect(monthWeeks('2026-11')[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
  });

  it('steps months across a year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });
});
