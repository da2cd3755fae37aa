import { defineError } from '../errors/koers-error';

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
