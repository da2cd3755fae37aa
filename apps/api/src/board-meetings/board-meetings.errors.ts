import { defineError } from '../errors/koers-error';

export class NotABoardMeetingError extends defineError(409, 'not_a_board_meeting', {
  nl: 'Notulen horen bij een bestuurlijke bijeenkomst; deze bijeenkomst is dat niet.',
  en: 'Minutes belong to a board meeting, and this session is not one.',
}) {}

export class MinutesBeforeMeetingError extends defineError(409, 'minutes_before_meeting', {
  nl: 'Notulen kun je publiceren zodra de bijeenkomst is begonnen.',
  en: 'Minutes can be published once the meeting has started.',
}) {}
