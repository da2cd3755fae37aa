import type { PlainMessageKey } from './i18n';
import { paths } from './paths';
import { hasAnyRole, type Viewer } from './session';

export interface StartPoint {
  to: string;
  label: PlainMessageKey;
}

/**
 * Where each kind of person usually goes first, in order of how often: the home page offers these as
 * large links, so a Rebel between shifts is one tap from their programme and a trainer from today's roster.
 */
export function startPointsFor(viewer: Viewer): StartPoint[] {
  const points: StartPoint[] = [];
  if (viewer.isAdmin) points.push({ to: paths.editions, label: 'nav.editions' }, { to: paths.openEdition, label: 'nav.openEdition' });
  if (hasAnyRole(viewer, ['trainer', 'facilitator'])) points.push({ to: paths.attendance, label: 'nav.attendance' }, { to: paths.reviewQueue, label: 'nav.review' });
  if (hasAnyRole(viewer, ['participant', 'internal_team_member'])) points.push({ to: paths.myProgramme, label: 'nav.myProgramme' });
  if (viewer.roles.has('participant')) points.push({ to: paths.assignments, label: 'nav.assignments' });
  if (viewer.roles.has('director')) points.push({ to: paths.boardMeetings, label: 'nav.boardMeetings' }, { to: paths.directorProgress, label: 'nav.directorProgress' });
  return points.filter((point, index) => points.findIndex((other) => other.to === point.to) === index);
}
