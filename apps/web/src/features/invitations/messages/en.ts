import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the invitations feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'invitations.title': 'Invitations',
  'invitations.none': 'No invitations are waiting for your answer.',
  'invitations.internalTeam.title': '{name} invites you to their internal team for {edition}',
  'invitations.internalTeam.role': 'Your role: {role}',
  'invitations.internalTeam.explain': 'If you accept, you can read the implementation challenge and are expected at the internal-team days.',
  'invitations.delegate.title': '{name} is sending you as their delegate to a board meeting of {edition}',
  'invitations.delegate.explain': 'If you accept, you are on the attendance list of this meeting.',
  'invitations.invitedAt': 'Invited on',
  'invitations.accept': 'Accept',
  'invitations.decline': 'Decline',
  'invitations.accepted': 'You accepted the invitation.',
  'invitations.declined': 'You declined the invitation.',
};
