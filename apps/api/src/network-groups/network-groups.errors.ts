import { defineError, defineFieldError } from '../errors/koers-error';

export class NotAParticipantError extends defineError(400, 'group_member_not_participant', {
  nl: 'Een netwerkgroep bestaat uit deelnemers van deze editie; iemand in de indeling is dat niet.',
  en: 'A network group consists of participants of this edition; someone in the division is not one.',
}) {}

export class NotAFacilitatorError extends defineError(400, 'group_facilitator_not_staff', {
  nl: 'Begeleiders van een netwerkgroep zijn trainers of begeleiders van deze editie; iemand in de indeling is dat niet.',
  en: 'Facilitators of a network group are trainers or facilitators of this edition; someone in the division is not.',
}) {}

export class ParticipantInTwoGroupsError extends defineError(400, 'participant_in_two_groups', {
  nl: 'Iemand staat in twee netwerkgroepen. Een deelnemer hoort bij één groep.',
  en: 'Someone is in two network groups. A participant belongs to one group.',
}) {}

/** Said on the name of the later of the two groups, where the editor shows it. */
export class DuplicateGroupNameError extends defineFieldError(400, 'duplicate_group_name', (index: number) => `groups.${index}.name`, {
  nl: 'Twee netwerkgroepen hebben dezelfde naam. Geef elke groep een eigen naam.',
  en: 'Two network groups have the same name. Give each group a name of its own.',
}) {}

export class GroupTwiceError extends defineError(400, 'group_twice', {
  nl: 'Een netwerkgroep staat twee keer in de indeling. Laad de pagina opnieuw en deel de groepen opnieuw in.',
  en: 'A network group appears twice in the division. Reload the page and divide the groups again.',
}) {}

export class UnknownGroupError extends defineError(404, 'group_not_found', {
  nl: 'Deze netwerkgroep bestaat niet (meer) in deze editie. Laad de pagina opnieuw.',
  en: 'This network group does not exist (any more) in this edition. Reload the page.',
}) {}

export class GroupHasHistoryError extends defineError(409, 'group_has_history', {
  nl: 'Een netwerkgroep die al een bijeenkomst heeft gehad of gesprekken heeft, blijft bestaan, ook leeg: die geschiedenis hoort bij haar. Laat haar staan (verplaats haar deelnemers of geef haar een andere naam); er is niets opgeslagen.',
  en: 'A network group that has already held a session or has discussions stays, also when empty: that history belongs to it. Keep it (move its participants or rename it); nothing was saved.',
}) {}

export class GroupsChangedError extends defineError(409, 'groups_changed', {
  nl: 'Iemand anders heeft de indeling intussen gewijzigd. Laad haar opnieuw en breng je wijzigingen dan opnieuw aan; er is niets opgeslagen.',
  en: 'Someone else changed the division meanwhile. Reload it and make your changes again; nothing was saved.',
}) {}
