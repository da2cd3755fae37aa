import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the api-tokens feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'apiTokens.title': 'API tokens',
  'apiTokens.back': 'Back to My settings',
  'apiTokens.intro':
    'With an API token a script (an HR export, a link with your CRM) works in Koers on your behalf, with exactly your permissions. Treat a token like a password; revoke it as soon as you no longer need it.',
  'apiTokens.newTitle': 'New token',
  'apiTokens.name': 'Name',
  'apiTokens.nameHint': 'What you use the token for, so you recognise it later.',
  'apiTokens.nameRequired': 'Give the token a name.',
  'apiTokens.scope': 'What may the token do?',
  'apiTokens.lifetime': 'Valid for',
  'apiTokens.lifetime.days': { one: '{count} day', other: '{count} days' },
  'apiTokens.create': 'Create token',
  'apiTokens.created': 'Your token has been created.',
  'apiTokens.createdHint': 'Copy it now: Koers does not keep it and will never show it again.',
  'apiTokens.token': 'Your new API token',
  'apiTokens.listTitle': 'Your tokens',
  'apiTokens.revoked': '{name} has been revoked.',
  'apiTokens.confirmRevoke.title': 'Revoke {name}?',
  'apiTokens.confirmRevoke.text': 'A script that uses this token is locked out at once. This cannot be undone.',
  'apiTokens.confirmRevoke.confirm': 'Revoke',
};
