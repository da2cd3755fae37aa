import { defineError, KoersError } from '../errors/koers-error';

export class ProgrammeNotPublicError extends defineError(404, 'programme_not_found', {
  nl: 'Dit programma is niet gevonden.',
  en: 'This programme was not found.',
}) {}

/** Only editions on a programme's public page take applications; any other id gets the same answer. */
export class EditionNotTakingApplicationsError extends defineError(404, 'edition_not_taking_applications', {
  nl: 'Voor deze editie kun je je niet (meer) aanmelden.',
  en: 'This edition does not take applications (any more).',
}) {}

/** A genuine form left open longer than MAX_FORM_AGE_HOURS: the person is asked to load it again. */
export class ApplicationFormExpiredError extends defineError(400, 'application_form_expired', {
  nl: 'Dit formulier is verlopen. Laad de pagina opnieuw en verstuur je aanmelding nog eens.',
  en: 'This form has expired. Reload the page and send your application again.',
}) {}

const LINK_INVALID_MESSAGES = {
  /** The applicant's confirmation link: mistyped, expired after 7 days unconfirmed, or erased. */
  confirm: {
    nl: 'Deze link werkt niet (meer). Een aanmelding die niet binnen 7 dagen is bevestigd, vervalt; meld je dan opnieuw aan.',
    en: 'This link does not work (any more). An application not confirmed within 7 days expires; then apply again.',
  },
  /** The director's and the applicant's withdrawal link: the application is gone, or the link was mistyped. */
  application: {
    nl: 'Deze link werkt niet (meer): de aanmelding bestaat niet meer, of de link is niet volledig overgenomen. Neem bij vragen contact op met het programmabureau.',
    en: 'This link does not work (any more): the application no longer exists, or the link was not copied in full. Contact the programme office with any questions.',
  },
};

/** A link that names no application (any more); what it says depends on whose link it is. */
export class ApplicationLinkInvalidError extends KoersError {
  constructor(link: keyof typeof LINK_INVALID_MESSAGES = 'confirm') {
    super(404, 'application_link_invalid', LINK_INVALID_MESSAGES[link]);
  }
}

/** Accepting beyond the edition's capacity needs the programme office's explicit confirmation (`confirmOverCapacity`). */
export class EditionFullError extends KoersError {
  constructor(places: { capacity: number; placesTaken: number }) {
    super(
      409,
      'edition_full',
      {
        nl: `Deze editie is vol: ${places.placesTaken} van ${places.capacity} plaatsen zijn bezet. Bevestig als je deze aanmelding toch wilt aannemen.`,
        en: `This edition is full: ${places.placesTaken} of ${places.capacity} places are taken. Confirm if you want to accept this application anyway.`,
      },
      undefined,
      places,
    );
  }
}

export class PlacesStillFreeError extends KoersError {
  constructor(placesFree: number) {
    super(409, 'places_still_free', {
      nl: `Er ${placesFree === 1 ? 'is nog 1 plaats' : `zijn nog ${placesFree} plaatsen`} vrij in deze editie. De wachtlijst is voor als de editie vol is: neem de aanmelding aan, of laat haar staan tot je beslist.`,
      en: `This edition still has ${placesFree === 1 ? '1 place' : `${placesFree} places`} free. The waiting list is for when the edition is full: accept the application, or leave it until you decide.`,
    });
  }
}

/** Unconfirmed and withdrawn applications are not for selection; an accepted one can only be declined (its acceptance withdrawn). */
export class ApplicationNotSelectableError extends defineError(409, 'application_not_selectable', {
  nl: 'Over deze aanmelding kun je nu niet zo beslissen: ze is nog niet bevestigd, ingetrokken, of al aangenomen (wijs haar dan eerst af).',
  en: 'You cannot decide on this application like this now: it is not confirmed yet, withdrawn, or already accepted (decline it first).',
}) {}

/** Once the edition has started, leaving it is a conversation with the programme office, not a link in an old mail. */
export class ApplicationWithdrawalClosedError extends defineError(409, 'application_withdrawal_closed', {
  nl: 'Deze editie is al begonnen; intrekken via deze link kan niet meer. Wil je stoppen? Neem contact op met het programmabureau.',
  en: 'This edition has already started; you can no longer withdraw through this link. Do you want to stop? Contact the programme office.',
}) {}
