import { defineError } from '../errors/koers-error';

export class AlreadyInAnotherTeamError extends defineError(409, 'already_in_another_team', {
  nl: 'Deze collega zit in deze editie al in het intern team van een andere deelnemer.',
  en: 'This colleague is already in another participant’s internal team in this edition.',
}) {}

export class TeamMemberIsSelfError extends defineError(400, 'team_member_is_self', {
  nl: 'Je kunt jezelf niet uitnodigen voor je eigen intern team.',
  en: 'You cannot invite yourself to your own internal team.',
}) {}
