import { type CalendarUpdate, mergeCalendarUpdates } from './calendar-update-merge';

const update = (added: string[], removed: string[], at: string, gone: string[] = []): CalendarUpdate => ({
  editionId: 'e-1',
  added,
  removed,
  gone: gone.map((sessionId) => ({ sessionId, title: `Sessie ${sessionId}` })),
  at,
  why: 'network_group',
});

describe('mergeCalendarUpdates', () => {
  it('is the change from before both: A to B then B to C is A to C, stamped with the later moment', () => {
    expect(mergeCalendarUpdates(update(['b1', 'b2'], ['a1', 'a2'], 't1'), update(['c1', 'c2'], ['b1', 'b2'], 't2'))).toEqual(update(['c1', 'c2'], ['a1', 'a2'], 't2'));
  });

  it('is nothing when the second undoes the first', () => {
    expect(mergeCalendarUpdates(update(['b1'], ['a1'], 't1'), update(['a1'], ['b1'], 't2'))).toBeNull();
  });

  it('keeps a removed session that was deleted as it was, and forgets one that was added and deleted again', () => {
    expect(mergeCalendarUpdates(update(['b1'], ['a1'], 't1', ['a1']), update([], ['b1'], 't2', ['b1']))).toEqual(update([], ['a1'], 't2', ['a1']));
  });
});
