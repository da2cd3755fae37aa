import { MAX_FILES_PER_SUBMISSION } from '@koers/shared/assignments';
import type { FeedbackOutcome } from '@koers/shared/domain';
import { defineError, defineFieldError, KoersError } from '../errors/koers-error';
import { SUBMISSION_STATUS_LABELS } from './submission-rules';

export class EditionNotFoundError extends defineError(404, 'edition_not_found', {
  nl: 'Deze editie bestaat niet (meer).',
  en: 'This edition does not exist (any more).',
}) {}

export class AssignmentNotFoundError extends defineError(404, 'assignment_not_found', {
  nl: 'Deze opdracht bestaat niet (meer).',
  en: 'This assignment does not exist (any more).',
}) {}

/**
 * 409: the same assignment again (a double click, a second tab, a retried request): one is made, the other refused;
 * nor is an assignment changed into another's title and deadline.
 */
export class AssignmentAlreadyExistsError extends defineError(409, 'assignment_already_exists', {
  nl: 'Deze opdracht bestaat al: dezelfde titel met dezelfde deadline. Vernieuw de pagina om hem te zien.',
  en: 'This assignment already exists: the same title with the same deadline. Reload the page to see it.',
}) {}

/** 400: a deadline that has passed, on a new assignment or one still open, is a mistyped date or year: everyone would be late at once. */
export class DueDatePassedError extends defineFieldError(400, 'due_date_passed', 'dueAt', {
  nl: 'Deze deadline is al voorbij: iedereen zou meteen te laat zijn. Controleer de datum en het jaar.',
  en: 'This due date has passed: everyone would be late at once. Check the date and the year.',
}) {}

/** 400: a cut-off that has passed, on a new assignment or one whose cut-off is still ahead, would close it at once for whoever has not handed in. */
export class CutoffPassedError extends defineFieldError(400, 'cutoff_passed', 'cutoffAt', {
  nl: 'Deze uiterste inleverdatum is al voorbij: wie nog niet inleverde, kan dan meteen niets meer inleveren. Controleer de datum en het jaar.',
  en: 'This cut-off has passed: whoever has not handed in could no longer hand in anything at once. Check the date and the year.',
}) {}

export class SubmissionNotFoundError extends defineError(404, 'submission_not_found', {
  nl: 'Deze inlevering bestaat niet (meer).',
  en: 'This submission does not exist (any more).',
}) {}

export class SubmissionFileNotFoundError extends defineError(404, 'submission_file_not_found', {
  nl: 'Dit bestand bestaat niet (meer).',
  en: 'This file does not exist (any more).',
}) {}

export class SubmissionClosedError extends defineError(409, 'submission_closed', {
  nl: 'De uiterste inleverdatum van deze opdracht is verstreken: er kan niets meer worden ingeleverd. Heb je uitstel nodig, neem dan contact op met je trainer.',
  en: 'The cut-off for this assignment has passed: nothing more can be handed in. If you need an extension, contact your trainer.',
}) {}

export class AlreadyApprovedError extends defineError(409, 'submission_already_approved', {
  nl: 'Je werk voor deze opdracht is al goedgekeurd; opnieuw inleveren is niet nodig.',
  en: 'Your work on this assignment has already been approved; there is no need to hand it in again.',
}) {}

export class EmptySubmissionError extends defineError(400, 'submission_empty', {
  nl: 'Schrijf een tekst of voeg een bestand toe voordat je inlevert.',
  en: 'Write some text or add a file before handing in.',
}) {}

export class TextNotAcceptedError extends defineError(400, 'submission_text_not_accepted', {
  nl: 'Bij deze opdracht lever je alleen bestanden in, geen tekst.',
  en: 'This assignment takes files only, no text.',
}) {}

export class FilesNotAcceptedError extends defineError(400, 'submission_files_not_accepted', {
  nl: 'Bij deze opdracht lever je alleen tekst in, geen bestanden.',
  en: 'This assignment takes text only, no files.',
}) {}

export class TooManyFilesError extends defineError(400, 'too_many_files', {
  nl: `Lever hoogstens ${MAX_FILES_PER_SUBMISSION} bestanden tegelijk in. Er is niets opgeslagen.`,
  en: `Hand in at most ${MAX_FILES_PER_SUBMISSION} files at once. Nothing was saved.`,
}) {}

export class UnknownFormFieldError extends defineError(400, 'unknown_form_field', {
  nl: 'Het formulier bevat een onbekend veld. Gebruik alleen "text" en "files[]".',
  en: 'The form contains an unknown field. Use only "text" and "files[]".',
}) {}

export class AssignmentHasSubmissionsError extends defineError(409, 'assignment_has_submissions', {
  nl: 'Er is al werk ingeleverd voor deze opdracht, dus die kan niet meer worden verwijderd.',
  en: 'Work has already been handed in for this assignment, so it can no longer be deleted.',
}) {}

export class NotLatestVersionError extends defineError(409, 'not_latest_version', {
  nl: 'Er is inmiddels een nieuwere versie ingeleverd. Geef feedback op de nieuwste versie.',
  en: 'A newer version has been handed in since. Give feedback on the latest version.',
}) {}

/**
 * Another reviewer's verdict the request did not name (`replacesFeedbackId`): refused, saying whose it is, so the
 * participant gets one verdict of two given at once. `details.latestFeedbackId` is the one to name to replace it.
 */
export class FeedbackGivenMeanwhileError extends KoersError {
  constructor(latest: { id: string; reviewerName: string | null; outcome: FeedbackOutcome }) {
    super(
      409,
      'feedback_given_meanwhile',
      {
        nl: `${latest.reviewerName ?? 'Een collega'} heeft deze versie al beoordeeld (${SUBMISSION_STATUS_LABELS.nl[latest.outcome]}). Lees dat oordeel eerst; wil je het vervangen, geef dan opnieuw feedback.`,
        en: `${latest.reviewerName ?? 'A colleague'} has already reviewed this version (${SUBMISSION_STATUS_LABELS.en[latest.outcome]}). Read that verdict first; to replace it, give feedback again.`,
      },
      undefined,
      { latestFeedbackId: latest.id },
    );
  }
}

export class SubmissionOfErasedPersonError extends defineError(409, 'submission_of_erased_person', {
  nl: 'Deze deelnemer is gewist: hun werk is verwijderd en kan niet meer beoordeeld worden.',
  en: 'This participant was erased: their work has been removed and can no longer be reviewed.',
}) {}

export class NotAParticipantError extends defineError(400, 'not_a_participant', {
  nl: 'Deze persoon is geen deelnemer van deze editie.',
  en: 'This person is not a participant of this edition.',
}) {}

/** A deadline set by hand on a public holiday, not yet confirmed: the deadlines Koers plans fall on working days. */
export class DeadlineOnClosedDayError extends KoersError {
  constructor(date: string, day: { nl: string; en: string }) {
    super(
      409,
      'closed_days_unconfirmed',
      {
        nl: `Deze deadline valt op ${day.nl}, een feestdag. Bevestig de datum als de deadline toch op die dag moet vallen.`,
        en: `This deadline falls on ${day.en}, a public holiday. Confirm the date if the deadline is to fall on that day after all.`,
      },
      undefined,
      { dates: [date] },
    );
  }
}
