import { defineError, defineFieldError } from '../errors/koers-error';

export class CannotEraseYourselfError extends defineError(409, 'cannot_erase_yourself', {
  nl: 'Je kunt je eigen gegevens niet zelf wissen. Vraag een andere medewerker van het programmabureau om dit te doen.',
  en: 'You cannot erase your own data. Ask someone else at the programme office to do it.',
}) {}

export class PersonAlreadyErasedError extends defineError(409, 'person_already_erased', {
  nl: 'De gegevens van deze persoon zijn al gewist.',
  en: 'This person’s data has already been erased.',
}) {}

/** On the email field, so the form marks it and moves there. */
export class EmailTakenError extends defineFieldError(409, 'email_taken', 'email', {
  nl: 'Er is al een account met dit e-mailadres. Kies een ander adres, of zoek die persoon op onder Personen.',
  en: 'There already is an account with this email address. Choose another address, or look that person up under People.',
}) {}
