import { MARKING_OPENS_MINUTES_BEFORE } from '@koers/shared/attendance';
import { defineError, defineRateLimitError, type FieldProblem, KoersError } from '../errors/koers-error';
import { mailDateTime } from '../mail/mail-dates';
import { minutesEn, minutesNl } from '../rate-limits/rate-limits.errors';

export class PeopleNotExpectedError extends defineError(400, 'people_not_expected', {
  nl: 'Niet iedereen in de lijst wordt bij deze bijeenkomst verwacht. Er is niets opgeslagen.',
  en: 'Not everyone in the list is expected at this session. Nothing was saved.',
}) {}

export class DuplicateMarksError extends defineError(400, 'duplicate_marks', {
  nl: 'Iemand staat meer dan eens in de lijst. Er is niets opgeslagen.',
  en: 'Someone is in the list more than once. Nothing was saved.',
}) {}

export class SessionCancelledError extends defineError(409, 'session_cancelled', {
  nl: 'Deze bijeenkomst is geannuleerd; er wordt geen aanwezigheid bijgehouden.',
  en: 'This session was cancelled; attendance is not recorded.',
}) {}

export class SessionNotEndedError extends defineError(409, 'session_not_ended', {
  nl: 'Deze bijeenkomst is nog niet afgelopen. Lege markeringen kunnen pas na het einde op afwezig worden gezet.',
  en: 'This session has not ended yet. Empty marks can only be set to absent after the end.',
}) {}

/**
 * 409 for present, late or absent before marking opens, saying from when; each refused mark is named by its place in
 * the list (`[3].status`), so an offline queue sets those aside and still sends the others (excused ones).
 */
export class MarkingNotOpenError extends KoersError {
  constructor(opensAt: Date, refusedIndexes: number[]) {
    const message = {
      nl: `Aanwezig, te laat en afwezig kun je pas vastleggen vanaf ${mailDateTime(opensAt, 'nl')} (${MARKING_OPENS_MINUTES_BEFORE} minuten voor het begin). Afmelden kan altijd. Er is niets opgeslagen.`,
      en: `Present, late and absent can only be recorded from ${MARKING_OPENS_MINUTES_BEFORE} minutes before the start, ${mailDateTime(opensAt, 'en')}. Excused can be recorded at any time. Nothing was saved.`,
    };
    const fields: FieldProblem[] = refusedIndexes.map((index) => ({ field: `[${index}].status`, message }));
    super(409, 'marking_not_open', message, fields, { opensAt: opensAt.toISOString() });
  }
}

export class NotExpectedAtSessionError extends defineError(403, 'not_expected_at_session', {
  nl: 'Je staat niet op de lijst van deze bijeenkomst, dus je kunt hier niet inchecken. Meld je bij de trainer.',
  en: 'You are not on the list for this session, so you cannot check in here. Please see the trainer.',
}) {}

export class CheckInNotOpenError extends defineError(409, 'check_in_not_open', {
  nl: 'Inchecken voor deze bijeenkomst kan nog niet: dat kan vanaf 30 minuten voor het begin.',
  en: 'You cannot check in for this session yet: check-in opens 30 minutes before the start.',
}) {}

export class CheckInClosedError extends defineError(409, 'check_in_closed', {
  nl: 'Deze bijeenkomst is afgelopen; inchecken kan niet meer. Meld je bij de trainer.',
  en: 'This session has ended; check-in is closed. Please see the trainer.',
}) {}

export class CheckInCodeExpiredError extends defineError(400, 'check_in_code_expired', {
  nl: 'Deze code is verlopen. Scan de QR-code opnieuw of typ de code die nu op het scherm staat.',
  en: 'This code has expired. Scan the QR code again or type the code that is on the screen now.',
}) {}

export class CheckInCodeInvalidError extends defineError(400, 'check_in_code_invalid', {
  nl: 'Deze code hoort niet bij deze bijeenkomst. Controleer de code op het scherm en probeer het opnieuw.',
  en: 'This code does not belong to this session. Check the code on the screen and try again.',
}) {}

/** A typed code names no session: it matched none of the caller's sessions open for check-in now. */
export class CheckInCodeUnknownError extends defineError(400, 'check_in_code_unknown', {
  nl: 'Deze code hoort bij geen van je bijeenkomsten van dit moment. Controleer de code op het scherm en probeer het opnieuw.',
  en: 'This code belongs to none of your sessions right now. Check the code on the screen and try again.',
}) {}

/**
 * The refusals the check-in limit counts: it counts guesses, so only a wrong code keeps its try. A right one sent
 * again (a second scan, a double tap) or a refusal of anything else (no session open yet, not expected there) does not.
 */
export const isWrongCheckInCode = (error: unknown) =>
  error instanceof CheckInCodeInvalidError || error instanceof CheckInCodeExpiredError || error instanceof CheckInCodeUnknownError;

export class NoSessionToCheckInError extends defineError(409, 'no_session_to_check_in', {
  nl: 'Er is nu geen bijeenkomst waarvoor je kunt inchecken. Inchecken kan vanaf 30 minuten voor het begin tot het einde.',
  en: 'There is no session you can check in to right now. Check-in is open from 30 minutes before the start until the end.',
}) {}

export class CheckInRateLimitedError extends defineRateLimitError('check_in_rate_limited', {
  nl: (minutes) => `Te veel codes geprobeerd. Wacht ${minutesNl(minutes)} voor je het opnieuw probeert, of vraag de trainer je aanwezig te melden.`,
  en: (minutes) => `Too many codes tried. Wait ${minutesEn(minutes)} before trying again, or ask the trainer to mark you present.`,
}) {}
