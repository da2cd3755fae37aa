import type { PlainMessageKey } from './i18n';
import { paths } from './paths';
import { canSomewhere, type PagePermission, type Viewer } from './session';

export interface StartPoint {
  to: string;
  label: PlainMessageKey;
  permission: PagePermission;
}

/**
 * Where each kind of person usually goes first, in order of how often: the home page offers the ones the viewer
 * holds as large links, so a Rebel between shifts is one tap from their programme and a trainer from today's roster.
 */
const START_POINTS: readonly StartPoint[] = [
  { to: paths.editions, label: 'nav.editions', permission: { permission: 'edition.read' } },
  { to: paths.openEdition, label: 'nav.openEdition', permission: { permission: 'editions.open' } },
  { to: paths.attendance, label: 'nav.attendance', permission: { permission: 'attendance.read', personal: true } },
  { to: paths.reviewQueue, label: 'nav.review', permission: { permission: 'submissions.read', personal: true } },
  { to: paths.myProgramme, label: 'nav.myProgramme', permission: { permission: ['challenge.own', 'internalTeam.support'] } },
  { to: paths.assignments, label: 'nav.assignments', permission: { permission: 'assignments.submit' } },
  { to: paths.boardMeetings, label: 'nav.boardMeetings', permission: { permission: 'boardMeetings.own' } },
  { to: paths.directorProgress, label: 'nav.directorProgress', permission: { permission: 'director.progress' } },
];

export function startPointsFor(viewer: Viewer): StartPoint[] {
  return START_POINTS.filter((point) => canSomewhere(viewer, point.permission));
}
