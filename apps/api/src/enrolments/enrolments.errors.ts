import { LOCALE_TAGS } from '@koers/shared/domain';
import { CSV_MAX_ROWS } from '@koers/shared/enrolments';
import { defineError, KoersError } from '../errors/koers-error';
import { DIRECTOR_IN_INTERNAL_TEAM, INTERNAL_TEAM_OTHER_ROLE, STAFF_IN_EDITION } from './csv/describe-problem';

export class AlreadyEnrolledError extends defineError(409, 'already_enrolled', {
  nl: 'Deze persoon is al in deze rol ingeschreven voor deze editie.',
  en: 'This person is already enrolled in this role for this edition.',
}) {}

/** Said where a request's fields could not say it: an application stored before the rule named its applicant as director. */
export class OwnDirectorError extends defineError(409, 'own_director', {
  nl: 'Een deelnemer kan niet zijn eigen directeur zijn: het e-mailadres van de directeur is dat van de deelnemer. Vraag het e-mailadres van de directeur op en schrijf de deelnemer dan in.',
  en: "A participant cannot be their own director: the director's email address is the participant's. Ask for the director's email address, then enrol the participant.",
}) {}

export class StaffInEditionError extends defineError(409, 'staff_in_edition', STAFF_IN_EDITION) {}

export class InternalTeamOtherRoleError extends defineError(409, 'internal_team_in_edition', INTERNAL_TEAM_OTHER_ROLE) {}

export class DirectorInInternalTeamError extends defineError(409, 'director_in_internal_team', DIRECTOR_IN_INTERNAL_TEAM) {}

/** The same rule the other way round: a participant of the edition does not run its sessions. */
export class ParticipantAsStaffError extends defineError(409, 'participant_in_edition', {
  nl: 'Deze persoon is deelnemer van deze editie en kan er geen trainer of begeleider van zijn.',
  en: 'This person is a participant of this edition and cannot be a trainer or facilitator in it.',
}) {}

/** Enrolling a director for a participant who has another: said with the current one's name, replaced only when asked (`replaceDirector`). */
export class ParticipantHasDirectorError extends KoersError {
  constructor(currentDirector: string) {
    super(409, 'participant_has_director', {
      nl: `Deze deelnemer heeft al een directeur: ${currentDirector}. Wil je ${currentDirector} vervangen, bevestig dat dan; ${currentDirector} volgt de deelnemer daarna niet meer.`,
      en: `This participant already has a director: ${currentDirector}. To replace ${currentDirector}, confirm it; ${currentDirector} then no longer follows the participant.`,
    });
  }
}

export class ParticipantNotEnrolledError extends defineError(409, 'participant_not_enrolled', {
  nl: 'Er is geen deelnemer met dit e-mailadres ingeschreven voor deze editie. Schrijf eerst de deelnemer in.',
  en: 'No participant with this email address is enrolled in this edition. Enrol the participant first.',
}) {}

export class CsvExpectedError extends defineError(415, 'csv_expected', {
  nl: 'Stuur het bestand als CSV (Content-Type: text/csv) of als Excel-werkmap (.xlsx).',
  en: 'Send the file as CSV (Content-Type: text/csv) or as an Excel workbook (.xlsx).',
}) {}

export class ImportFileTooLargeError extends defineError(413, 'import_file_too_large', {
  nl: 'Dit bestand is te groot: een lijst om in te schrijven mag hoogstens 2 MB zijn. Splits de lijst over meer bestanden.',
  en: 'This file is too large: a list to enrol may be at most 2 MB. Split the list over more files.',
}) {}

export class CsvEmptyError extends defineError(400, 'csv_empty', {
  nl: 'Het bestand is leeg. De eerste regel moet de kolomnamen bevatten.',
  en: 'The file is empty. The first line must hold the column names.',
}) {}

export class CsvMissingColumnsError extends defineError(400, 'csv_missing_columns', {
  nl: 'Het bestand mist een verplichte kolom (hieronder genoemd). Verplicht zijn naam, e-mail en organisatie, in een kopregel als eerste rij.',
  en: 'The file lacks a required column (named below). Name, email and organisation are required, in a header as the first row.',
}) {}

export class CsvNotTextError extends defineError(400, 'csv_not_text', {
  nl: 'Het bestand bevat tekens die niet in tekst thuishoren. Sla het in Excel op als "CSV UTF-8" en probeer het opnieuw.',
  en: 'The file contains characters that do not belong in text. Save it from Excel as "CSV UTF-8" and try again.',
}) {}

/** A field's opening quote never closed: read on, every row after it would be one field of that row. */
export class CsvUnclosedQuoteError extends KoersError {
  constructor(row: number) {
    super(400, 'csv_unclosed_quote', {
      nl: `In rij ${row} begint een veld met een aanhalingsteken (") dat nergens wordt gesloten, zodat de rest van het bestand als één veld zou worden gelezen. Sluit het aanhalingsteken of haal het weg, en probeer het opnieuw.`,
      en: `In row ${row} a field starts with a quotation mark (") that is never closed, so the rest of the file would be read as one field. Close the quotation mark or remove it, and try again.`,
    });
  }
}

export class CsvTooManyRowsError extends defineError(400, 'csv_too_many_rows', {
  nl: `Het bestand heeft meer dan ${CSV_MAX_ROWS.toLocaleString(LOCALE_TAGS.nl)} regels. Splits het in bestanden van hoogstens ${CSV_MAX_ROWS.toLocaleString(LOCALE_TAGS.nl)} regels.`,
  en: `The file has more than ${CSV_MAX_ROWS.toLocaleString(LOCALE_TAGS.en)} rows. Split it into files of at most ${CSV_MAX_ROWS.toLocaleString(LOCALE_TAGS.en)} rows.`,
}) {}
