import { defineError } from '../errors/koers-error';

export class RsvpClosedError extends defineError(409, 'rsvp_closed', {
  nl: 'Deze bijeenkomst is al begonnen, dus je antwoord kan niet meer worden gewijzigd. Verandert er iets? Neem dan contact op met het programmabureau.',
  en: 'This meeting has already started, so your answer can no longer be changed. If anything changes, please contact the programme office.',
}) {}

export class RsvpSessionCancelledError extends defineError(409, 'session_cancelled', {
  nl: 'Deze bijeenkomst gaat niet door; je hoeft niet te antwoorden.',
  en: 'This meeting has been cancelled; there is nothing to answer.',
}) {}

export class DelegateNotAllowedError extends defineError(400, 'delegate_not_allowed', {
  nl: 'Alleen een directeur kan iemand anders in zijn of haar plaats naar een bestuurlijke bijeenkomst sturen.',
  en: 'Only a director can send someone else to a board meeting in their place.',
}) {}

export class DelegateIsSelfError extends defineError(400, 'delegate_is_self', {
  nl: 'Je kunt jezelf niet als vervanger opgeven. Kies "Ik kom" als je zelf gaat.',
  en: 'You cannot send yourself as a delegate. Choose "I will attend" if you are going yourself.',
}) {}
