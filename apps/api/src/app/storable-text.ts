import { ValidationFailedError } from '../errors/koers-error';

/** NUL, which PostgreSQL text cannot hold, and half a surrogate pair, which is no text at all (validator's isEmail throws on it). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses text that cannot be stored as it is, as a validation problem of `field`, so it never reaches the database as a 500. */
export function assertStorableText(field: string, value: string): void {
  if (UNSTORABLE.test(value)) {
    throw new ValidationFailedError([
      { field, message: { nl: 'Dit veld bevat een teken dat niet is toegestaan.', en: 'This field contains a character that is not allowed.' } },
    ]);
  }
}
