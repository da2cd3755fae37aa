import { defineError } from '../errors/koers-error';

export class RegionManagerAccountNotFoundError extends defineError(404, 'person_not_found', {
  nl: 'Er is geen account met dit e-mailadres. Schrijf de persoon eerst in of maak een account aan.',
  en: 'There is no account with this email address. Enrol the person or create an account first.',
}) {}
