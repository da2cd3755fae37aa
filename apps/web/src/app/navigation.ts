/**
 * The main navigation as data. A feature that adds a page adds one entry here,
 * saying who sees it; the layout renders whatever is visible to the viewer.
 *
 *   { to: paths.editions, label: 'nav.editions', isVisible: (viewer) => viewer.isAdmin },
 *   { to: paths.schedule, label: 'nav.schedule', isVisible: (viewer) => viewer.roles.size > 0 },
 *
 * List only pages that exist: no links to placeholder routes.
 */
import type { PlainMessageKey } from '../lib/i18n';
import { paths } from '../lib/paths';
import { hasAnyRole, type Viewer } from '../lib/session';
import { RECORDING_ROLES } from '@koers/shared/roles';

export interface NavEntry {
  to: string;
  label: PlainMessageKey;
  /** Active only on an exact match (for `/`, which every path starts with). */
  end?: boolean;
  isVisible: (viewer: Viewer) => boolean;
}

export const navEntries: readonly NavEntry[] = [
  { to: paths.home, label: 'nav.home', end: true, isVisible: () => true },
  { to: paths.myProgramme, label: 'nav.myProgramme', isVisible: (viewer) => viewer.roles.size > 0 },
  { to: paths.myChallenge, label: 'nav.myChallenge', isVisible: (viewer) => viewer.roles.has('participant') },
  { to: paths.assignments, label: 'nav.assignments', isVisible: (viewer) => hasAnyRole(viewer, ['participant', 'trainer']) },
  { to: paths.reviewQueue, label: 'nav.review', isVisible: (viewer) => viewer.isAdmin || viewer.roles.has('trainer') },
  { to: paths.certificates, label: 'nav.certificate', isVisible: (viewer) => viewer.roles.has('participant') },
  { to: paths.challenges, label: 'nav.challenges', end: true, isVisible: (viewer) => hasAnyRole(viewer, RECORDING_ROLES) },
  { to: paths.attendance, label: 'nav.attendance', isVisible: (viewer) => hasAnyRole(viewer, RECORDING_ROLES) },
  { to: paths.checkIn, label: 'nav.checkIn', isVisible: (viewer) => hasAnyRole(viewer, ['participant', 'internal_team_member', 'director']) },
  { to: paths.boardMeetings, label: 'nav.boardMeetings', isVisible: (viewer) => viewer.roles.has('director') },
  { to: paths.directorProgress, label: 'nav.directorProgress', isVisible: (viewer) => viewer.roles.has('director') },
  { to: paths.internalTeam, label: 'nav.internalTeam', isVisible: (viewer) => hasAnyRole(viewer, ['participant', 'internal_team_member']) },
  { to: paths.rsvpOverview, label: 'nav.rsvpOverview', isVisible: (viewer) => viewer.isAdmin || hasAnyRole(viewer, RECORDING_ROLES) },
  { to: paths.editions, label: 'nav.editions', isVisible: (viewer) => viewer.isAdmin },
  { to: paths.programmes, label: 'nav.programmes', isVisible: (viewer) => viewer.isAdmin },
  { to: paths.adminPeople, label: 'nav.people', isVisible: (viewer) => viewer.isAdmin },
  { to: paths.adminMail, label: 'nav.mail', isVisible: (viewer) => viewer.isAdmin },
  { to: paths.myData, label: 'nav.myData', isVisible: () => true },
  { to: paths.mySettings, label: 'nav.mySettings', isVisible: () => true },
];

export function visibleNavEntries(viewer: Viewer, entries: readonly NavEntry[] = navEntries): NavEntry[] {
  return entries.filter((entry) => entry.isVisible(viewer));
}
