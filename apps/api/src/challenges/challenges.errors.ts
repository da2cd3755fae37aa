import { defineError, KoersError } from '../errors/koers-error';

export class NotAParticipantError extends defineError(404, 'participant_enrolment_not_found', {
  nl: 'Je bent (in deze editie) geen deelnemer, dus er is geen implementatievraagstuk.',
  en: 'You are not a participant (in this edition), so there is no implementation challenge.',
}) {}

export class ChallengeNotFoundError extends defineError(404, 'challenge_not_found', {
  nl: 'Dit implementatievraagstuk bestaat niet.',
  en: 'This implementation challenge does not exist.',
}) {}

export class ChallengeNotDescribedError extends defineError(409, 'challenge_not_described', {
  nl: 'Beschrijf eerst je implementatievraagstuk; daarna kun je het logboek bijhouden.',
  en: 'Describe your implementation challenge first; then you can keep its log.',
}) {}


export class LogEntryNotFoundError extends defineError(404, 'challenge_log_entry_not_found', {
  nl: 'Deze aantekening in het logboek bestaat niet.',
  en: 'This log entry does not exist.',
}) {}

export class CommentNotFoundError extends defineError(404, 'challenge_comment_not_found', {
  nl: 'Deze reactie bestaat niet.',
  en: 'This comment does not exist.',
}) {}

/**
 * The challenge was saved since the form was filled in (another tab, another device): saving would undo that unseen.
 * `details.updatedAt` is the version now stored, to send as `basedOn` to replace it knowingly.
 */
export class ChallengeChangedError extends KoersError {
  constructor(updatedAt: string | null) {
    super(
      409,
      'challenge_changed',
      {
        nl: 'Je vraagstuk is intussen opgeslagen in een ander tabblad of op een ander apparaat. Wat je hier typte staat nog in het formulier: sla het toch op om die versie te vervangen, of annuleer om die versie te lezen.',
        en: 'Your challenge was saved meanwhile in another tab or on another device. What you typed here is still in the form: save it anyway to replace that version, or cancel to read that version.',
      },
      undefined,
      { updatedAt },
    );
  }
}
