import type { NotificationPayloads } from '../mail/mail-queue.repository';

export type CalendarUpdate = NotificationPayloads['calendar_updated'];

/**
 * One mail for two changes of a person's sessions in an edition that came before the first was sent (a division
 * saved and corrected, or saved by several at once): what the second changed after the first, as one change from
 * before both, with the later reason and stamp. Null when the two undo each other: then nobody needs a mail.
 */
export function mergeCalendarUpdates(first: CalendarUpdate, second: CalendarUpdate): CalendarUpdate | null {
  const minus = (ids: string[], without: string[]) => ids.filter((id) => !without.includes(id));
  const added = [...new Set([...minus(first.added, second.removed), ...minus(second.added, first.removed)])];
  const removed = [...new Set([...minus(first.removed, second.added), ...minus(second.removed, first.added)])];
  if (added.length + removed.length === 0) return null;
  const goneById = new Map([...first.gone, ...second.gone].map((session) => [String(session.sessionId), session]));
  const gone = removed.flatMap((id) => (goneById.has(id) ? [goneById.get(id)!] : []));
  return { ...second, added, removed, gone };
}
