import type { Localized } from './localized';

export interface FieldProblem {
  field: string;
  message: Localized;
}

/** Every expected failure is a KoersError: a status, a stable code and a message in each language. */
export class KoersError extends Error {
  /** Headers the answer carries besides the body, e.g. `retry-after` on a 429. */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly status: number,
    readonly code: string,
    readonly localizedMessage: Localized,
    readonly fields?: FieldProblem[],
    /** Data the client needs to recover, e.g. the version a colleague saved in a 409 conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(localizedMessage.en);
  }
}

/** Declares a typed error class in one line, so services throw `new EditionArchivedError()` and never build HTTP errors. */
export function defineError(status: number, code: string, message: Localized) {
  return class extends KoersError {
    constructor(fields?: FieldProblem[]) {
      super(status, code, message, fields);
    }
  };
}

/**
 * Declares a typed error about one field, which a form marks and moves to: `field` names it, or makes it from the
 * constructor's arguments (`(index: number) => \`workshops.${index}.title\``, an item of a list).
 */
export function defineFieldError<Args extends unknown[] = []>(status: number, code: string, field: string | ((...args: Args) => string), message: Localized) {
  return class extends KoersError {
    constructor(...args: Args) {
      super(status, code, message, [{ field: typeof field === 'string' ? field : field(...args), message }]);
    }
  };
}

/**
 * Declares a typed 429 whose message says how long to wait; the answer carries `Retry-After` in seconds.
 * `new LoginRateLimitedError(600)` reads "... Wacht 10 minuten ...".
 */
export function defineRateLimitError(code: string, message: Record<keyof Localized, (minutes: number) => string>) {
  return class extends KoersError {
    constructor(readonly retryAfterSeconds: number) {
      const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
      super(429, code, { nl: message.nl(minutes), en: message.en(minutes) });
      this.headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
    }
  };
}

export class NotAuthenticatedError extends defineError(401, 'not_authenticated', {
  nl: 'Je bent niet ingelogd. Log in om verder te gaan.',
  en: 'You are not logged in. Please log in to continue.',
}) {}

export class ForbiddenError extends defineError(403, 'forbidden', {
  nl: 'Je hebt geen toegang tot dit onderdeel.',
  en: 'You do not have access to this.',
}) {}

export class NotFoundError extends defineError(404, 'not_found', {
  nl: 'Niet gevonden.',
  en: 'Not found.',
}) {}

export class ValidationFailedError extends defineError(400, 'validation_failed', {
  nl: 'Niet alle velden zijn goed ingevuld.',
  en: 'Some fields are not filled in correctly.',
}) {}

/** A compressed request body: read as sent it is garbage, and unpacked it would escape every size limit. */
export class ContentEncodingNotAcceptedError extends defineError(415, 'content_encoding_not_accepted', {
  nl: 'Stuur de gegevens zonder compressie (zonder Content-Encoding); een gecomprimeerd verzoek wordt niet uitgepakt.',
  en: 'Send the data uncompressed (without Content-Encoding); a compressed request is not unpacked.',
}) {}

/** 415 naming what the route takes instead (`application/json` almost everywhere). */
export class UnsupportedMediaTypeError extends KoersError {
  constructor(accepted: readonly string[]) {
    const types = accepted.join(', ');
    super(415, 'unsupported_media_type', {
      nl: `Dit soort inhoud wordt hier niet geaccepteerd. Stuur de gegevens als ${types} (Content-Type).`,
      en: `This type of content is not accepted here. Send the data as ${types} (Content-Type).`,
    });
  }
}
