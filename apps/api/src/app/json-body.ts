import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defineError, ValidationFailedError } from '../errors/koers-error';
import { refuseEncodedBody, UnreadableBody } from './body-type.guard';
import { assertStorableText } from './storable-text';

/** Deeper than any request body Koers takes (an edition's sessions are three levels down), far below a stack overflow. */
export const MAX_JSON_DEPTH = 32;

export class JsonTooDeepError extends defineError(400, 'json_too_deep', {
  nl: 'De gegevens zijn te diep genest.',
  en: 'The data is nested too deeply.',
}) {}

/**
 * A body of `null`, a number, a string or true/false: every route takes fields (or a list), never a bare value. A
 * list where the route takes fields is refused the same way (`FieldsValidationPipe`).
 */
export class JsonNotObjectError extends defineError(400, 'json_not_object', {
  nl: 'Stuur de gegevens als velden met hun waarden ({"veld": …}), niet als lijst, losse waarde of null.',
  en: 'Send the data as fields with their values ({"field": …}), not as a list, a single value or null.',
}) {}

/** Bytes that are no UTF-8 (a body written as Latin-1 or Windows-1252, a cut-off character): JSON is UTF-8 (RFC 8259). */
export class JsonNotUtf8Error extends defineError(400, 'json_not_utf8', {
  nl: 'De gegevens zijn geen geldige UTF-8-tekst; stuur JSON als UTF-8.',
  en: 'The data is not valid UTF-8 text; send JSON as UTF-8.',
}) {}

/** What no JSON parser reads: a CSV or plain text sent as JSON, a quote or comma missing. */
export class JsonMalformedError extends defineError(400, 'json_malformed', {
  nl: 'De gegevens zijn geen geldige JSON. Controleer de aanhalingstekens, komma’s en haakjes.',
  en: 'The data is not valid JSON. Check its quotes, commas and brackets.',
}) {}

/** A field named `__proto__` or `constructor.prototype`, which copied onto an object would change its prototype. */
export class JsonForbiddenFieldError extends defineError(400, 'json_forbidden_field', {
  nl: 'De gegevens bevatten een veld dat niet is toegestaan (__proto__ of constructor.prototype).',
  en: 'The data holds a field that is not allowed (__proto__ or constructor.prototype).',
}) {}

type Done = (error: Error | null, body?: unknown) => void;

/** Refuses what is no UTF-8 instead of storing a replacement character (�) in its place. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const UNKNOWN_FIELD = { nl: 'Dit veld is onbekend.', en: 'This field is not allowed.' };

/**
 * Refuses JSON the rest of the application cannot take safely, before any DTO sees it: nesting deep enough to
 * overflow the stack of class-transformer's recursive walk, a field named `constructor` (class-transformer takes
 * it for the class of the object and throws; no request has such a field), and text that cannot be stored.
 * The walk is iterative, so the check itself cannot overflow.
 */
export function assertAcceptableJson(body: unknown): void {
  const pending: { value: unknown; depth: number; path: string }[] = [{ value: body, depth: 0, path: '' }];
  while (pending.length > 0) {
    const { value, depth, path } = pending.pop()!;
    if (typeof value === 'string') {
      assertStorableText(path || 'body', value);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) throw new JsonTooDeepError();
    for (const [key, child] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? (path ? `${path}.${key}` : `[${key}]`) : path ? `${path}.${key}` : key;
      if (key === 'constructor' && !Array.isArray(value)) throw new ValidationFailedError([{ field: childPath, message: UNKNOWN_FIELD }]);
      pending.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
}

/**
 * Fastify's own JSON parser (prototype poisoning refused), then only an object or a list, then `assertAcceptableJson`.
 * An empty body is no body. What it refuses is held until the route is known (`UnreadableBody`).
 */
export function acceptableJsonParser(fastify: FastifyInstance) {
  const parse = fastify.getDefaultJsonParser('error', 'error') as (request: FastifyRequest, body: string, done: Done) => void;
  return (request: FastifyRequest, body: Buffer, done: Done) => {
    try {
      refuseEncodedBody(request);
    } catch (refused) {
      return done(refused as Error);
    }
    const refuse = (refusal: Error) => done(null, new UnreadableBody(refusal));
    // No body at all, with the JSON type a client sends on every request (a DELETE, say): as if the type were absent.
    if (body.length === 0) return done(null, undefined);
    let text: string;
    try {
      text = UTF8.decode(body);
    } catch {
      return refuse(new JsonNotUtf8Error());
    }
    parse(request, text, (error, value) => {
      // Fastify's parser refuses a forbidden field as it refuses broken JSON; JSON that parses had the field.
      if (error) return refuse(parsesAsJson(text) ? new JsonForbiddenFieldError() : new JsonMalformedError());
      // Read as an empty object further on, `null` would carry out a request whose fields are all optional.
      if (typeof value !== 'object' || value === null) return refuse(new JsonNotObjectError());
      try {
        assertAcceptableJson(value);
      } catch (refused) {
        return refuse(refused as Error);
      }
      done(null, value);
    });
  };
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
