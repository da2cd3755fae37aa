import type { NotificationPayloads } from '../mail/mail-queue.repository';

export type CalendarUpdate = NotificationPayloads['calendar_updated'];

/**
 * One mail for two changes of a person's sessions in an edition that came before the first was sent (a division
 * saved and corrected, or saved by several at once): what the second changed after the first, as one change from
 * before both, stamped with the later moment. A session taken away and given back cancels out, unless it changed
 * meanwhile (`changedSince`: sessions changed after the first): its change mail went to those expected then, so the
 * person gets it again as a new invitation. The reason stays only when both had the same one (else the mail says
 * in general that their sessions changed). Null when the two undo each other: then nobody needs a mail.
 */
export function mergeCalendarUpdates(first: CalendarUpdate, second: CalendarUpdate, changedSince: ReadonlySet<string>): CalendarUpdate | null {
  const minus = (ids: string[], without: string[]) => ids.filter((id) => !without.includes(id));
  const givenBack = first.removed.filter((id) => second.added.includes(id) && !changedSince.has(id));
  const added = [...new Set([...minus(first.added, second.removed), ...minus(second.added, givenBack)])];
  const removed = [...new Set([...minus(first.removed, second.added), ...minus(second.removed, first.added)])];
  if (added.length + removed.length === 0) return null;
  const goneById = new Map([...first.gone, ...second.gone].map((session) => [String(session.sessionId), session]));
  const gone = removed.flatMap((id) => (goneById.has(id) ? [goneById.get(id)!] : []));
  return { ...second, added, removed, gone, why: first.why === second.why ? second.why : undefined };
}
