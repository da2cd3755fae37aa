import { defineError } from '../errors/koers-error';

/** Unknown, reset or malformed feed addresses all look the same from outside. */
export class CalendarFeedNotFoundError extends defineError(404, 'calendar_feed_not_found', {
  nl: 'Deze agenda-link bestaat niet (meer). Maak in Koers een nieuwe link aan.',
  en: 'This calendar link does not exist (any more). Create a new link in Koers.',
}) {}
