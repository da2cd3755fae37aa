/**
 * The main navigation as data. A feature that adds a page adds one entry here, naming the permission the page
 * needs from the shared permission table; the layout shows whatever the viewer holds.
 *
 *   { to: paths.editions, label: 'nav.editions', permission: 'edition.read' },
 *
 * List only pages that exist: no links to placeholder routes.
 */
import type { ComponentType } from 'react';
import { UnreadDiscussionsMarker } from '../features/discussions/components/unread-marker';
import type { PlainMessageKey } from '../lib/i18n';
import { paths } from '../lib/paths';
import { canSomewhere, type PagePermission, type Viewer } from '../lib/session';

export interface NavEntry {
  to: string;
  label: PlainMessageKey;
  /** Active only on an exact match (for `/`, which every path starts with). */
  end?: boolean;
  /** Shown to whoever holds this; none for the pages everyone has. */
  permission?: PagePermission;
  /** Drawn after the label: what waits on that page (unread posts). */
  marker?: ComponentType;
}

export const navEntries: readonly NavEntry[] = [
  { to: paths.home, label: 'nav.home', end: true },
  { to: paths.myProgramme, label: 'nav.myProgramme', permission: { permission: 'edition.schedule.own' } },
  { to: paths.myChallenge, label: 'nav.myChallenge', permission: { permission: 'challenge.own' } },
  { to: paths.myGroup, label: 'nav.myGroup', permission: { permission: 'groups.own' } },
  { to: paths.assignments, label: 'nav.assignments', permission: { permission: 'assignments.read', personal: true } },
  { to: paths.reviewQueue, label: 'nav.review', permission: { permission: 'submissions.read' } },
  { to: paths.certificates, label: 'nav.certificate', permission: { permission: 'completion.own' } },
  { to: paths.measurements, label: 'nav.measurements', permission: { permission: ['measurements.results', 'measurements.results.own'], personal: true } },
  { to: paths.directory, label: 'nav.directory', permission: { permission: 'directory.read', personal: true } },
  { to: paths.discussions, label: 'nav.discussions', permission: { permission: 'discussions.read', personal: true }, marker: UnreadDiscussionsMarker },
  { to: paths.challenges, label: 'nav.challenges', end: true, permission: { permission: 'challenge.read', personal: true } },
  { to: paths.attendance, label: 'nav.attendance', permission: { permission: 'attendance.read', personal: true } },
  { to: paths.checkIn, label: 'nav.checkIn', permission: { permission: 'attendance.checkIn' } },
  { to: paths.boardMeetings, label: 'nav.boardMeetings', permission: { permission: 'boardMeetings.own' } },
  { to: paths.directorProgress, label: 'nav.directorProgress', permission: { permission: 'director.progress' } },
  { to: paths.internalTeam, label: 'nav.internalTeam', permission: { permission: ['internalTeam.manage', 'internalTeam.support'] } },
  { to: paths.rsvpOverview, label: 'nav.rsvpOverview', permission: { permission: 'rsvp.read' } },
  { to: paths.region, label: 'nav.region', permission: { permission: 'regions.read' } },
  { to: paths.editions, label: 'nav.editions', permission: { permission: 'edition.read' } },
  { to: paths.programmes, label: 'nav.programmes', permission: { permission: 'programmes.manage' } },
  { to: paths.closedDays, label: 'nav.closedDays', permission: { permission: 'closedDays.manage' } },
  { to: paths.instruments, label: 'nav.instruments', permission: { permission: 'instruments.manage' } },
  { to: paths.adminPeople, label: 'nav.people', permission: { permission: 'people.manage' } },
  { to: paths.adminOrganisations, label: 'nav.organisations', permission: { permission: 'organisations.read' } },
  { to: paths.adminMail, label: 'nav.mail', permission: { permission: 'mail.manage' } },
  { to: paths.adminWebhooks, label: 'nav.webhooks', permission: { permission: 'webhooks.manage' } },
  { to: paths.myData, label: 'nav.myData' },
  { to: paths.mySettings, label: 'nav.mySettings' },
];

export function visibleNavEntries(viewer: Viewer, entries: readonly NavEntry[] = navEntries): NavEntry[] {
  return entries.filter((entry) => !entry.permission || canSomewhere(viewer, entry.permission));
}
