import type { InvitationStatus } from '@koers/shared/invitations';
import { defineError, defineRateLimitError, KoersError } from '../errors/koers-error';
import { minutesEn, minutesNl } from '../rate-limits/rate-limits.errors';

/** Said to the invited person when they accept; the inviter never learns about other teams. */
export class AlreadyInAnotherTeamError extends defineError(409, 'already_in_another_team', {
  nl: 'Je zit in deze editie al in het intern team van een andere deelnemer. Je kunt in één editie maar in één intern team zitten.',
  en: 'You are already in another participant’s internal team in this edition. You can be in only one internal team per edition.',
}) {}

export class InvitationNoLongerValidError extends defineError(409, 'invitation_no_longer_valid', {
  nl: 'Deze uitnodiging geldt niet meer: de editie of bijeenkomst is voorbij, afgelast of gewijzigd.',
  en: 'This invitation is no longer valid: the edition or meeting is over, cancelled or has changed.',
}) {}

/** Said to the invited person when they accept: one person, one part in an edition. */
export class OtherRoleInEditionError extends defineError(409, 'other_role_in_edition', {
  nl: 'Je doet al mee aan deze editie (als deelnemer, directeur, trainer of begeleider) en kunt daarom niet ook in het intern team van een deelnemer zitten. Wijs de uitnodiging af.',
  en: 'You already take part in this edition (as participant, director, trainer or facilitator), so you cannot also be in a participant’s internal team. Decline the invitation.',
}) {}

export class DelegateStaysAwayError extends defineError(409, 'delegate_not_coming', {
  nl: 'Je hebt voor deze bijeenkomst gezegd dat je niet komt of een vervanger stuurt. Wil je als vervanger gaan, zeg dan eerst onder Bestuurlijke bijeenkomsten dat je zelf komt.',
  en: 'You said you will not attend this meeting, or send a delegate. To go as a delegate, first say under Board meetings that you will attend.',
}) {}

export class AlreadyInTeamError extends defineError(409, 'already_in_team', {
  nl: 'Deze collega zit al in je intern team, met deze functie. Wil je de functie aanpassen, nodig diegene dan uit met de nieuwe functie.',
  en: 'This colleague is already in your internal team, with this role. To change their role, invite them with the new one.',
}) {}

const ANSWERED: Record<Exclude<InvitationStatus, 'pending'>, { nl: string; en: string }> = {
  accepted: {
    nl: 'Je hebt deze uitnodiging al geaccepteerd. Kun je toch niet, laat het dan weten aan wie je uitnodigde.',
    en: 'You already accepted this invitation. If you cannot make it after all, tell whoever invited you.',
  },
  declined: {
    nl: 'Je hebt deze uitnodiging al afgeslagen. Wil je toch, vraag dan wie je uitnodigde om je opnieuw uit te nodigen.',
    en: 'You already declined this invitation. If you want to after all, ask whoever invited you to invite you again.',
  },
  withdrawn: {
    nl: 'Wie je uitnodigde, heeft deze uitnodiging ingetrokken.',
    en: 'Whoever invited you has withdrawn this invitation.',
  },
};

/** The other answer to an invitation already answered (or taken back): says which, rather than "not found". */
export class InvitationAnsweredError extends KoersError {
  constructor(status: Exclude<InvitationStatus, 'pending'>) {
    super(409, `invitation_${status}`, ANSWERED[status]);
  }
}

/** The inviter takes back an invitation the invited person answered meanwhile (a page open since before): which answer it was. */
export class InvitationAnsweredMeanwhileError extends KoersError {
  constructor(status: 'accepted' | 'declined', kind: 'internal_team' | 'delegate') {
    super(409, `invitation_${status}_meanwhile`, status === 'declined' ? DECLINED_MEANWHILE : ACCEPTED_MEANWHILE[kind]);
  }
}

const DECLINED_MEANWHILE = { nl: 'Deze uitnodiging is intussen afgeslagen; er is niets meer in te trekken.', en: 'This invitation was declined meanwhile; there is nothing left to take back.' };

const ACCEPTED_MEANWHILE = {
  internal_team: {
    nl: 'Deze uitnodiging is intussen geaccepteerd: je collega zit nu in je team. Wil je dat niet, verwijder diegene dan uit je team.',
    en: 'This invitation was accepted meanwhile: your colleague is in your team now. If that is not what you want, remove them from your team.',
  },
  delegate: {
    nl: 'Deze uitnodiging is intussen geaccepteerd: je vervanger gaat naar de bijeenkomst. Wil je dat niet, geef dan een ander antwoord voor de bijeenkomst.',
    en: 'This invitation was accepted meanwhile: your delegate is going to the meeting. If that is not what you want, give another answer for the meeting.',
  },
};

/**
 * Over an invitation limit: this address was invited three times this hour, or thirty invitations came from this
 * network (an organisation behind one address shares it). Said so, since the one asking may have sent only one.
 */
export class InvitationsRateLimitedError extends defineRateLimitError('too_many_requests', {
  nl: (minutes) => `Er zijn het afgelopen uur te veel uitnodigingen verstuurd, naar dit e-mailadres of vanaf dit netwerk. Probeer het over ${minutesNl(minutes)} opnieuw.`,
  en: (minutes) => `Too many invitations were sent in the past hour, to this email address or from this network. Try again in ${minutesEn(minutes)}.`,
}) {}
