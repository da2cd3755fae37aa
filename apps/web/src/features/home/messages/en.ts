import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the home feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'home.title': 'Home',
  'home.greeting': 'Welcome, {name}',
  'home.adminNotice': 'You are working in Koers for the programme office.',
  'home.start.title': 'Go straight to',
  'home.editions.title': 'Your editions',
  'home.editions.empty': 'You are not enrolled in an edition yet.',
  'home.editions.draft': 'Draft, not published yet',
  'home.editions.roleLabel': 'Role',
};
