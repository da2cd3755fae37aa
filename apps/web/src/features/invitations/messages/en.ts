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
  'invitations.cannotAccept.other_role_in_edition':
    'You already take part in this edition (as participant, director, trainer or facilitator), so you cannot also be in this internal team. Decline the invitation, and {name} will see that.',
  'invitations.cannotAccept.already_in_another_team':
    'You are already in another participant’s internal team in this edition, and you can be in only one. Decline the invitation, or wait until you have been taken off that team.',
  'invitations.accept': 'Accept',
  'invitations.decline': 'Decline',
  'invitations.accepted': 'You accepted the invitation.',
  'invitations.declined': 'You declined the invitation.',
};
