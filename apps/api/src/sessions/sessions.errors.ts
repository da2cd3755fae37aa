import { defineError, KoersError } from '../errors/koers-error';
import type { SessionRecord } from '@koers/shared/sessions';

export class SessionNotFoundError extends defineError(404, 'session_not_found', {
  nl: 'Deze bijeenkomst bestaat niet (meer).',
  en: 'This session does not exist (any more).',
}) {}

export class MaterialNotFoundError extends defineError(404, 'material_not_found', {
  nl: 'Dit materiaal bestaat niet (meer).',
  en: 'This material does not exist (any more).',
}) {}

export class SpeakerNotFoundError extends defineError(404, 'speaker_not_found', {
  nl: 'Deze spreker staat niet (meer) bij deze bijeenkomst.',
  en: 'This speaker is not (or no longer) listed for this session.',
}) {}

export class FileMissingError extends defineError(400, 'file_missing', {
  nl: 'Kies een bestand om te uploaden.',
  en: 'Choose a file to upload.',
}) {}

/** A colleague saved the record since this editor loaded it; `details.current` is their version. */
export class SessionRecordConflictError extends KoersError {
  constructor(current: SessionRecord) {
    super(
      409,
      'session_record_conflict',
      {
        nl: 'Iemand anders heeft het verslag intussen opgeslagen. Bekijk hun versie en voeg je wijzigingen samen voordat je opnieuw opslaat.',
        en: 'Someone else saved the record in the meantime. Review their version and merge your changes before saving again.',
      },
      undefined,
      { current },
    );
  }
}
