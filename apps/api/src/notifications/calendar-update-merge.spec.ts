import type { CalendarChangeReason } from '../mail/mail-queue.repository';
import { type CalendarUpdate, mergeCalendarUpdates } from './calendar-update-merge';

const update = (added: string[], removed: string[], at: string, gone: string[] = [], why: CalendarChangeReason = 'network_group'): CalendarUpdate => ({
  editionId: 'e-1',
  added,
  removed,
  gone: gone.map((sessionId) => ({ sessionId, title: `Sessie ${sessionId}` })),
  at,
  why,
});
const unchanged = new Set<string>();

describe('mergeCalendarUpdates', () => {
  it('is the change from before both: A to B then B to C is A to C, stamped with the later moment', () => {
    expect(mergeCalendarUpdates(update(['b1', 'b2'], ['a1', 'a2'], 't1'), update(['c1', 'c2'], ['b1', 'b2'], 't2'), unchanged)).toEqual(
      update(['c1', 'c2'], ['a1', 'a2'], 't2'),
    );
  });

  it('is nothing when the second undoes the first', () => {
    expect(mergeCalendarUpdates(update(['b1'], ['a1'], 't1'), update(['a1'], ['b1'], 't2'), unchanged)).toBeNull();
  });

  it('invites again to a session given back that changed meanwhile, since its change mail went to others', () => {
    expect(mergeCalendarUpdates(update(['b1'], ['a1'], 't1'), update(['a1'], ['b1'], 't2'), new Set(['a1']))).toEqual(update(['a1'], [], 't2'));
  });

  it('keeps a removed session that was deleted as it was, and forgets one that was added and deleted again', () => {
    expect(mergeCalendarUpdates(update(['b1'], ['a1'], 't1', ['a1']), update([], ['b1'], 't2', ['b1']), unchanged)).toEqual(update([], ['a1'], 't2', ['a1']));
  });

  it('keeps the reason only when both changes had it', () => {
    const released = update([], ['m1', 'm2'], 't1', [], 'delegate_released');
    expect(mergeCalendarUpdates(released, update(['m2'], [], 't2', [], 'delegate_accepted'), unchanged)).toEqual({ ...update([], ['m1'], 't2'), why: undefined });
    expect(mergeCalendarUpdates(update(['m1'], [], 't1', [], 'delegate_accepted'), update(['m2'], [], 't2', [], 'delegate_accepted'), unchanged)?.why).toBe('delegate_accepted');
  });
});
