import { defineRateLimitError } from '../errors/koers-error';

export const minutesNl = (minutes: number) => (minutes === 1 ? '1 minuut' : `${minutes} minuten`);
export const minutesEn = (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`);

export class TooManyRequestsError extends defineRateLimitError('too_many_requests', {
  nl: (minutes) => `Te veel verzoeken achter elkaar. Probeer het over ${minutesNl(minutes)} opnieuw.`,
  en: (minutes) => `Too many requests in a row. Try again in ${minutesEn(minutes)}.`,
}) {}
