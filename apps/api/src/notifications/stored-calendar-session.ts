import type { CalendarSession } from '../sessions/schedule.repository';

/** A session as a calendar showed it, kept in a queued mail's payload (its moments as ISO text) for when it is gone. */
type StoredCalendarSession = Omit<CalendarSession, 'startsAt' | 'endsAt' | 'updatedAt'> & { startsAt: string; endsAt: string; updatedAt: string };

export const storeCalendarSession = (session: CalendarSession): StoredCalendarSession => ({
  ...session,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
  updatedAt: session.updatedAt.toISOString(),
});

export function restoreCalendarSession(stored: Record<string, unknown>): CalendarSession {
  const session = stored as StoredCalendarSession;
  return { ...session, startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt), updatedAt: new Date(session.updatedAt) };
}
