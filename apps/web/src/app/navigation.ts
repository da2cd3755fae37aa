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
import type { Viewer } from '../lib/session';

export interface NavEntry {
  to: string;
  label: PlainMessageKey;
  /** Active only on an exact match (for `/`, which every path starts with). */
  end?: boolean;
  isVisible: (viewer: Viewer) => boolean;
}

export const navEntries: readonly NavEntry[] = [
  { to: paths.home, label: 'nav.home', end: true, isVisible: () => true },
  { to: paths.adminPeople, label: 'nav.people', isVisible: (viewer) => viewer.isAdmin },
  { to: paths.myData, label: 'nav.myData', isVisible: () => true },
];

export function visibleNavEntries(viewer: Viewer, entries: readonly NavEntry[] = navEntries): NavEntry[] {
  return entries.filter((entry) => entry.isVisible(viewer));
}
