import { isOnlineLinkOpen } from '@koers/shared/sessions';
import { type AttendeeRole, RUNNING_ROLES } from '@koers/shared/schedule';

/**
 * The online link as a viewer may see it: those who run the session (and whoever records it) always,
 * attendees only from shortly before the start, so an early link cannot circulate or be joined too soon.
 */
export function visibleOnlineUrl(
  session: { onlineUrl: string | null; startsAt: Date | string; endsAt: Date | string },
  viewer: { roles: readonly AttendeeRole[]; canRecord?: boolean },
  now: Date = new Date(),
): string | null {
  if (!session.onlineUrl) return null;
  const runsIt = viewer.canRecord || viewer.roles.some((role) => (RUNNING_ROLES as readonly AttendeeRole[]).includes(role));
  return runsIt || isOnlineLinkOpen(session, now) ? session.onlineUrl : null;
}

/** The change history keeps the previous start as the writer stored it; only a real instant is shown. */
export function toInstantOrNull(value: string | null): string | null {
  if (!value) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
