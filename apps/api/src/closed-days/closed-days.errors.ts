import { MAX_CLOSED_PERIOD_DAYS } from '@koers/shared/closed-days';
import { defineError } from '../errors/koers-error';

export class ClosedPeriodOutOfOrderError extends defineError(400, 'closed_period_out_of_order', {
  nl: 'De laatste vrije dag ligt vóór de eerste. Kies een einddatum op of na de begindatum.',
  en: 'The last closed day is before the first. Choose an end date on or after the start date.',
}) {}

export class ClosedPeriodTooLongError extends defineError(400, 'closed_period_too_long', {
  nl: `Een periode van vrije dagen duurt hooguit ${MAX_CLOSED_PERIOD_DAYS} dagen.`,
  en: `A period of closed days lasts at most ${MAX_CLOSED_PERIOD_DAYS} days.`,
}) {}

export class ClosedDayProgrammeNotFoundError extends defineError(404, 'programme_not_found', {
  nl: 'Dit programma bestaat niet (meer).',
  en: 'This programme does not exist (any more).',
}) {}
