import { calendarDayInWords, type CalendarDate } from '../calendar/amsterdam-time';
import { defineError, defineFieldError, KoersError } from '../errors/koers-error';

export class EditionSessionsAheadError extends defineError(409, 'edition_sessions_ahead', {
  nl: 'Deze editie heeft nog bijeenkomsten die niet voorbij zijn. Rond haar af na de laatste bijeenkomst, of zeg eerst af wat niet doorgaat.',
  en: 'This edition still has sessions that have not ended. Complete it after its last session, or cancel first what will not take place.',
}) {}

export class EditionCompletedError extends defineError(409, 'edition_completed', {
  nl: 'Deze editie is afgerond: er komt geen bijeenkomst meer bij die nog moet plaatsvinden. Plan haar in een volgende editie.',
  en: 'This edition is completed: no session still to take place can be added to it. Plan it in a next edition.',
}) {}

export class IllegalStatusTransitionError extends defineError(409, 'illegal_status_transition', {
  nl: 'Deze statuswijziging kan niet. Een editie gaat stap voor stap van concept naar open, lopend, afgerond en gearchiveerd.',
  en: 'This status change is not possible. An edition moves one step at a time from draft to open, running, completed and archived.',
}) {}

/** On the name field, so the form that has it marks it and moves there. */
export class EditionNameTakenError extends defineFieldError(409, 'edition_name_taken', 'name', {
  nl: 'Er is al een editie met deze naam. Kies een andere naam.',
  en: 'There already is an edition with this name. Choose another name.',
}) {}

export class ReinstateRequiredError extends defineError(409, 'reinstate_required', {
  nl: 'Deze bijeenkomst is geannuleerd. Een nieuwe tijd laat haar niet vanzelf weer doorgaan: kies "Toch laten doorgaan" als ze toch plaatsvindt.',
  en: 'This session was cancelled. A new time does not bring it back by itself: choose "Take place after all" if it does take place.',
}) {}

export class CurriculumEmptyError extends defineError(409, 'curriculum_empty', {
  nl: 'Dit programma heeft nog geen bijeenkomsten. Voeg eerst lesdagen toe aan het programma.',
  en: 'This programme has no sessions yet. First add programme days to the programme.',
}) {}

export class CurriculumMustStartWithProgrammeDayError extends defineError(409, 'curriculum_must_start_with_programme_day', {
  nl: 'Het programma moet met een lesdag beginnen. Zet in het programma een lesdag bovenaan.',
  en: 'The programme must start with a programme day. Move a programme day to the top of the programme.',
}) {}

export class SessionPlanMismatchError extends defineError(400, 'session_plan_mismatch', {
  nl: 'De bijeenkomsten passen niet bij het programma: elke bijeenkomst moet er precies één keer in staan. Maak de planning opnieuw.',
  en: 'The sessions do not match the programme: each session must appear exactly once. Generate the schedule again.',
}) {}

export class UnknownStaffMemberError extends defineError(400, 'unknown_staff_member', {
  nl: 'Een gekozen trainer of begeleider bestaat niet (meer).',
  en: 'A chosen trainer or facilitator does not exist (any more).',
}) {}

/** 409 naming each edited date on a weekend or holiday the admin has not confirmed; `details.dates` lists them. */
export class ClosedDaysUnconfirmedError extends KoersError {
  constructor(dates: { date: string; nl: string; en: string }[]) {
    super(
      409,
      'closed_days_unconfirmed',
      {
        nl: `Bevestig eerst de bijeenkomsten op een weekend, feestdag, vrije dag of in een schoolvakantie: ${dates.map(({ nl }) => nl).join(', ')}.`,
        en: `First confirm the sessions on a weekend, public holiday, closed day or school holiday: ${dates.map(({ en }) => en).join(', ')}.`,
      },
      undefined,
      { dates: dates.map(({ date }) => date) },
    );
  }
}
export class EditionNotDraftError extends defineError(409, 'edition_not_draft', {
  nl: 'Alleen een concepteditie kan worden verwijderd. Deze editie is al gepubliceerd; zet haar op afgerond of gearchiveerd.',
  en: 'Only a draft edition can be deleted. This edition has been published; complete or archive it instead.',
}) {}

export class SessionAlreadyPlannedError extends defineError(409, 'session_already_planned', {
  nl: 'Deze bijeenkomst staat al in het rooster: dezelfde titel op dezelfde dag en tijd. Vernieuw de pagina om hem te zien.',
  en: 'This session is already in the schedule: the same title on the same day and time. Reload the page to see it.',
}) {}

/**
 * 409: the session has attendance recorded (present, late or absent), and the move puts it where marking has not
 * opened: the marks would stand for a session that has not taken place, and count once its new time passes.
 */
export class SessionHasAttendanceError extends KoersError {
  constructor(marks: number) {
    super(409, 'session_has_attendance', {
      nl: `Voor deze bijeenkomst is al aanwezigheid vastgelegd (${marks} ${marks === 1 ? 'persoon' : 'personen'}): ze heeft al plaatsgevonden. Verplaats haar niet naar later, maar voeg een nieuwe bijeenkomst toe; een tijd die al voorbij is, kun je wel corrigeren.`,
      en: `Attendance has been recorded for this session (${marks} ${marks === 1 ? 'person' : 'people'}): it has taken place. Do not move it to later, but add a new session; a time in the past can still be corrected.`,
    });
  }
}

/** 409: a session still to come moved to a time already over, most often a mistyped date; taken with `confirmPast`. */
export class SessionMovedIntoPastError extends KoersError {
  constructor(date: CalendarDate, time: string) {
    super(409, 'session_moved_into_past', {
      nl: `${calendarDayInWords(date, 'nl', { sentenceStart: true })}, ${time} is al voorbij. Controleer de datum; is de bijeenkomst toen echt gehouden, bevestig dat dan.`,
      en: `${calendarDayInWords(date, 'en', { sentenceStart: true })}, ${time} has already passed. Check the date; if the session really took place then, confirm that.`,
    });
  }
}
