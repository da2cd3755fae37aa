import { defineError, KoersError } from '../errors/koers-error';
import type { Localized } from '../errors/localized';
import type { DelegationConflict } from './rsvp.repository';

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
 * An answer that would leave a seat empty: the named delegate sends a delegate of their own or goes for another
 * director already, or the director answering goes as someone else's delegate (two directors naming each other is
 * both) and would send someone on or stay away.
 */
export class DelegationChainError extends KoersError {
  /** `namedDelegate`: the name the director typed for the delegate they would send. */
  constructor(conflict: DelegationConflict, namedDelegate: string | null) {
    super(409, 'delegation_chain', delegationChainMessage(conflict, namedDelegate));
  }
}

function delegationChainMessage(conflict: DelegationConflict, namedDelegate: string | null): Localized {
  switch (conflict.kind) {
    case 'delegate_sends_delegate':
      return {
        nl: `${namedDelegate} stuurt zelf een vervanger naar deze bijeenkomst. Kies iemand die zelf komt.`,
        en: `${namedDelegate} is sending a delegate to this meeting themselves. Choose someone who will attend.`,
      };
    case 'delegate_taken':
      return {
        nl: 'Deze persoon gaat al als vervanger van een andere directeur naar deze bijeenkomst. Kies iemand anders.',
        en: 'This person already goes to this meeting as another director’s delegate. Choose someone else.',
      };
    case 'answering_as_delegate':
      return {
        nl: `Je bent de vervanger van ${conflict.name} bij deze bijeenkomst. Kun je niet komen? Laat ${conflict.name} dan iemand anders sturen.`,
        en: `You are ${conflict.name}'s delegate at this meeting. If you cannot attend, ask ${conflict.name} to send someone else.`,
      };
  }
}
