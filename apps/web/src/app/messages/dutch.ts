import type { Catalogue } from '../../lib/i18n';
import { nl as shared } from '../../lib/messages/nl';

/**
 * The Dutch texts the app starts with: only the shared part (header, menu, errors, roles ...). Each feature's
 * Dutch texts are a small download of their own, added here when one of the feature's pages first loads
 * (`router.tsx` waits for both), so the first download stays small. `nl.ts` has the whole catalogue, for its type
 * and for tests.
 */
export const dutch = { ...shared } as unknown as Catalogue;

const featureTexts = {
  'api-tokens': () => import('../../features/api-tokens/messages/nl'),
  'applications': () => import('../../features/applications/messages/nl'),
  'assignments': () => import('../../features/assignments/messages/nl'),
  'attendance': () => import('../../features/attendance/messages/nl'),
  auth: () => import('../../features/auth/messages/nl'),
  'board-meetings': () => import('../../features/board-meetings/messages/nl'),
  'certificate': () => import('../../features/certificate/messages/nl'),
  'challenge': () => import('../../features/challenge/messages/nl'),
  'closed-days': () => import('../../features/closed-days/messages/nl'),
  'director': () => import('../../features/director/messages/nl'),
  'directory': () => import('../../features/directory/messages/nl'),
  'discussions': () => import('../../features/discussions/messages/nl'),
  'editions': () => import('../../features/editions/messages/nl'),
  'enrolments': () => import('../../features/enrolments/messages/nl'),
  home: () => import('../../features/home/messages/nl'),
  'instruments': () => import('../../features/instruments/messages/nl'),
  'internal-team': () => import('../../features/internal-team/messages/nl'),
  'measurements': () => import('../../features/measurements/messages/nl'),
  invitations: () => import('../../features/invitations/messages/nl'),
  'network-groups': () => import('../../features/network-groups/messages/nl'),
  'notifications': () => import('../../features/notifications/messages/nl'),
  'privacy': () => import('../../features/privacy/messages/nl'),
  'programmes': () => import('../../features/programmes/messages/nl'),
  'regions': () => import('../../features/regions/messages/nl'),
  'review': () => import('../../features/review/messages/nl'),
  'schedule': () => import('../../features/schedule/messages/nl'),
  'sessions': () => import('../../features/sessions/messages/nl'),
  'webhooks': () => import('../../features/webhooks/messages/nl'),
} satisfies Record<string, () => Promise<{ nl: object }>>;

export type Feature = keyof typeof featureTexts;

export const features = Object.keys(featureTexts) as Feature[];

/** Adds a feature's Dutch texts to the catalogue (once; later calls reuse the loaded module). */
export async function loadDutchTexts(feature: Feature): Promise<void> {
  const { nl } = await featureTexts[feature]();
  Object.assign(dutch, nl);
}
