import { ValidateBy } from 'class-validator';
import { ValidationFailedError } from '../errors/koers-error';
import type { Localized } from '../errors/localized';

/** NUL, which PostgreSQL text cannot hold, and half a surrogate pair, which is no text at all (validator's isEmail throws on it). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE: Localized = {
  nl: 'Dit veld bevat een onzichtbaar teken dat niet bewaard kan worden (een nul-teken of een half teken); haal het weg of typ de tekst opnieuw.',
  en: 'This field holds an invisible character that cannot be stored (a null character or half a character); remove it or type the text again.',
};

/** Refuses text that cannot be stored as it is, as a validation problem of `field`, so it never reaches the database as a 500. */
export function assertStorableText(field: string, value: string): void {
  if (UNSTORABLE.test(value)) throw new ValidationFailedError([{ field, message: UNSTORABLE_TEXT_MESSAGE }]);
}

/**
 * The same for a text in the query string (a search, a filter, a link's token), which the JSON body check never sees:
 * PostgreSQL cannot compare a NUL either.
 */
export const IsStorableText = () => ValidateBy({ name: 'storableText', validator: { validate: (value) => typeof value !== 'string' || !UNSTORABLE.test(value) } });
