import { defineError } from '../errors/koers-error';

export class TeamMemberIsSelfError extends defineError(400, 'team_member_is_self', {
  nl: 'Je kunt jezelf niet uitnodigen voor je eigen intern team.',
  en: 'You cannot invite yourself to your own internal team.',
}) {}
