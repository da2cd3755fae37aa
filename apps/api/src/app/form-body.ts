import type { FastifyRequest } from 'fastify';
import { defineError } from '../errors/koers-error';
import { UnreadableBody } from './body-type.guard';
import { assertAcceptableJson } from './json-body';

/** A form whose bytes, or whose %-escapes, are no UTF-8: a script posting Windows-1252, or a cut-off character. */
export class FormNotUtf8Error extends defineError(400, 'form_not_utf8', {
  nl: 'Het formulier is niet als UTF-8 verstuurd, dus letters als é zouden als � bewaard worden. Verstuur het opnieuw vanuit de browser, of als UTF-8.',
  en: 'The form was not sent as UTF-8, so letters like é would be stored as �. Send it again from the browser, or as UTF-8.',
}) {}

/** A `%` not followed by two hex digits: no browser sends it (it writes `%25`), a hand-made form may. */
export class FormMalformedError extends defineError(400, 'form_malformed', {
  nl: 'Het formulier is niet goed gecodeerd: een % hoort gevolgd te worden door twee hexadecimale cijfers (een % zelf is %25).',
  en: 'The form is not encoded correctly: a % must be followed by two hexadecimal digits (a % itself is %25).',
}) {}

export class FormPrototypeFieldError extends defineError(400, 'bad_request', {
  nl: 'Het formulier bevat een veld dat niet is toegestaan.',
  en: 'The form holds a field that is not allowed.',
}) {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A form field's name or value: `+` is a space, and every %-escape must make UTF-8 (decodeURIComponent throws otherwise). */
function decodeFormPart(part: string): string {
  return decodeURIComponent(part.replace(/\+/g, ' '));
}

/**
 * A browser's form (`application/x-www-form-urlencoded`), read as the JSON bodies are: refused when it is no UTF-8
 * rather than stored with replacement signs ("Jos�", or "Eva%C3%28" kept as typed), and its text held to the same
 * checks (`assertAcceptableJson`). A field sent more than once is a list, as forms send checkboxes.
 */
export function acceptableFormParser() {
  return (_request: FastifyRequest, body: Buffer, done: (error: Error | null, body?: unknown) => void) => {
    try {
      let text: string;
      try {
        text = UTF8.decode(body);
      } catch {
        throw new FormNotUtf8Error();
      }
      const fields: Record<string, string | string[]> = Object.create(null);
      for (const pair of text.split('&')) {
        if (pair === '') continue;
        const split = pair.indexOf('=');
        let name: string;
        let value: string;
        try {
          name = decodeFormPart(split === -1 ? pair : pair.slice(0, split));
          value = split === -1 ? '' : decodeFormPart(pair.slice(split + 1));
        } catch {
          throw /%(?![0-9A-Fa-f]{2})/.test(pair) ? new FormMalformedError() : new FormNotUtf8Error();
        }
        // Copied onto another object, a field named __proto__ would replace its prototype.
        if (name === '__proto__') throw new FormPrototypeFieldError();
        const earlier = fields[name];
        fields[name] = earlier === undefined ? value : [earlier, value].flat();
      }
      assertAcceptableJson(fields);
      done(null, fields);
    } catch (refused) {
      done(null, new UnreadableBody(refused as Error));
    }
  };
}
