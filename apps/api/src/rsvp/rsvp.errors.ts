import { defineError, KoersError } from '../errors/koers-error';

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

/**
 * A delegation that passes the seat on along a chain, where nobody would come: the named delegate sends a delegate of
 * their own, or the director answering goes as someone else's delegate (two directors naming each other is both).
 */
export class DelegationChainError extends KoersError {
  constructor(kind: 'delegate_sends_delegate' | 'answering_as_delegate', name: string) {
    super(
      409,
      'delegation_chain',
      kind === 'delegate_sends_delegate'
        ? {
            nl: `${name} stuurt zelf een vervanger naar deze bijeenkomst. Kies iemand die zelf komt.`,
            en: `${name} is sending a delegate to this meeting themselves. Choose someone who will attend.`,
          }
        : {
            nl: `Je bent de vervanger van ${name} bij deze bijeenkomst. Kun je niet komen? Laat ${name} dan iemand anders sturen.`,
            en: `You are ${name}'s delegate at this meeting. If you cannot attend, ask ${name} to send someone else.`,
          },
    );
  }
}
