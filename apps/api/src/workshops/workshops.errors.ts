import { defineError, defineFieldError } from '../errors/koers-error';

export class WorkshopChoiceClosedError extends defineError(409, 'workshop_choice_closed', {
  nl: 'Kiezen voor een workshop kan niet meer: de termijn is voorbij. Vraag het programmabureau om je in te delen.',
  en: 'Workshops can no longer be chosen: the deadline has passed. Ask the programme office to place you.',
}) {}

export class NotChoosingHereError extends defineError(403, 'not_choosing_here', {
  nl: 'Alleen deelnemers die bij deze bijeenkomst verwacht worden kiezen een workshop.',
  en: 'Only participants expected at this session choose a workshop.',
}) {}

export class WorkshopNotFoundError extends defineError(404, 'workshop_not_found', {
  nl: 'Deze workshop bestaat niet (meer) bij deze bijeenkomst. Laad de pagina opnieuw.',
  en: 'This workshop does not exist (any more) at this session. Reload the page.',
}) {}

export class WorkshopsChangedError extends defineError(409, 'workshops_changed', {
  nl: 'Iemand anders heeft de workshops intussen gewijzigd. Laad de pagina opnieuw en breng je wijzigingen dan opnieuw aan; er is niets opgeslagen.',
  en: 'Someone else changed the workshops meanwhile. Reload the page and make your changes again; nothing was saved.',
}) {}

export class WorkshopTwiceError extends defineFieldError(400, 'workshop_twice', (index: number) => `workshops.${index}.id`, {
  nl: 'Deze workshop staat twee keer in de lijst. Laad de pagina opnieuw en stel de workshops opnieuw in.',
  en: 'This workshop appears twice in the list. Reload the page and set up the workshops again.',
}) {}

export class DuplicateWorkshopTitleError extends defineFieldError(400, 'duplicate_workshop_title', (index: number) => `workshops.${index}.title`, {
  nl: 'Een andere workshop heeft al deze titel. Geef elke workshop een eigen titel, zodat deelnemers weten waarvoor ze kiezen.',
  en: 'Another workshop already has this title. Give each workshop a title of its own, so participants know what they choose.',
}) {}

export class ChoiceDeadlinePassedError extends defineFieldError(400, 'choice_deadline_passed', 'choiceClosesAt', {
  nl: 'Deze keuzetermijn is al voorbij. Kies een moment dat nog komt: een termijn in het verleden sluit het kiezen meteen, en wie wilde wisselen, verliest die plek in de wachtrij.',
  en: 'This choice deadline has already passed. Choose a moment still to come: a deadline in the past closes choosing at once, and whoever wanted to switch loses their place in the queue.',
}) {}

export class ChoiceDeadlineAfterStartError extends defineFieldError(400, 'choice_deadline_after_start', 'choiceClosesAt', {
  nl: 'De keuzetermijn moet vóór het begin van de bijeenkomst eindigen.',
  en: 'The choice deadline must end before the session starts.',
}) {}
