import { defineError } from '../errors/koers-error';

export class ProgrammeNotPublicError extends defineError(404, 'programme_not_found', {
  nl: 'Dit programma is niet gevonden.',
  en: 'This programme was not found.',
}) {}
