import { formatAmsterdamIso } from '../../calendar/amsterdam-time';
import { assignmentDueAt, UnknownDeadlineSlotError } from './assignment-deadline';

const sessions = [
  { slotId: 'day-3', date: '2027-03-09' },
  { slotId: 'day-4', date: '2027-03-30' },
];

describe('assignmentDueAt', () => {
  it('counts calendar days before a session and keeps the Amsterdam time across the clock change', () => {
    const due = assignmentDueAt({ relativeToSlotId: 'day-4', offsetDays: -6, dueTime: '23:59' }, sessions);
    expect(formatAmsterdamIso(due)).toBe('2027-03-24T23:59:00+01:00');
    const dueAfterChange = assignmentDueAt({ relativeToSlotId: 'day-4', offsetDays: 1, dueTime: '23:59' }, sessions);
    expect(formatAmsterdamIso(dueAfterChange)).toBe('2027-03-31T23:59:00+02:00');
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

  it('moves a deadline off a weekend to the Friday before', () => {
    const due = assignmentDueAt({ relativeToSlotId: 'day-3', offsetDays: -3, dueTime: '23:59' }, sessions);
    expect(formatAmsterdamIso(due)).toBe('2027-03-05T23:59:00+01:00');
  });

  it('moves a deadline off Tweede Paasdag, the Easter weekend and Goede Vrijdag to the Thursday before', () => {
    const due = assignmentDueAt({ relativeToSlotId: 'day-4', offsetDays: -1, dueTime: '23:59' }, sessions);
    expect(formatAmsterdamIso(due)).toBe('2027-03-25T23:59:00+01:00');
  });

  it.each([
    ['Nieuwjaarsdag', '2027-01-05', -4, '2026-12-31'],
    ['Tweede Kerstdag and the weekend after Christmas', '2026-12-29', -3, '2026-12-24'],
    ['Hemelvaartsdag', '2027-05-11', -5, '2027-05-05'],
  ])('moves a deadline off %s to the working day before', (_, sessionDate, offsetDays, expected) => {
    const due = assignmentDueAt({ relativeToSlotId: 'day', offsetDays, dueTime: '17:00' }, [{ slotId: 'day', date: sessionDate }]);
    expect(formatAmsterdamIso(due).slice(0, 10)).toBe(expected);
  });

  it('refuses a slot that has no session', () => {
    expect(() => assignmentDueAt({ relativeToSlotId: 'day-9', offsetDays: 0, dueTime: '09:00' }, sessions)).toThrow(
      UnknownDeadlineSlotError,
    );
  });
});
