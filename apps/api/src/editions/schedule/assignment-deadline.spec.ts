import { formatAmsterdamIso } from '../../calendar/amsterdam-time';
import { assignmentDueAt, UnknownDeadlineSlotError } from './assignment-deadline';

const sessions = [
  { slotId: 'day-3', date: '2027-03-09' },
  { slotId: 'day-4', date: '2027-03-30' },
];

describe('assignmentDueAt', () => {
  it('counts calendar days before a session and keeps the Amsterdam time across the clock change', () => {
    const due = assignmentDueAt({ relativeToSlotId: 'day-4', offsetDays: -3, dueTime: '23:59' }, sessions);
    expect(formatAmsterdamIso(due)).toBe('2027-03-27T23:59:00+01:00');
    const dueAfterChange = assignmentDueAt({ relativeToSlotId: 'day-4', offsetDays: -1, dueTime: '23:59' }, sessions);
    expect(formatAmsterdamIso(dueAfterChange)).toBe('2027-03-29T23:59:00+02:00');
  });

  it('counts days after a session', () => {
    const due = assignmentDueAt({ relativeToSlotId: 'day-3', offsetDays: 7, dueTime: '17:00' }, sessions);
    expect(due.toISOString()).toBe('2027-03-16T16:00:00.000Z');
  });

  it('follows the session when it has moved', () => {
    const moved = [{ slotId: 'day-4', date: '2027-03-31' }];
    const due = assignmentDueAt({ relativeToSlotId: 'day-4', offsetDays: 0, dueTime: '09:00' }, moved);
    expect(formatAmsterdamIso(due)).toBe('2027-03-31T09:00:00+02:00');
  });

  it('refuses a slot that has no session', () => {
    expect(() => assignmentDueAt({ relativeToSlotId: 'day-9', offsetDays: 0, dueTime: '09:00' }, sessions)).toThrow(
      UnknownDeadlineSlotError,
    );
  });
});
