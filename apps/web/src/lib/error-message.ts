import { ApiError, CLIENT_ERROR_CODES } from './api-client';
import type { Translate } from './i18n';

/**
 * The text to show for a failed request: the API's own message (already in the
 * UI language) when it sent one, otherwise a generic message of ours.
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.fromServer) return error.body.message;
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
  }
  return t('errors.unexpected');
}

/** Per-field messages of a validation error, keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.fromServer || !error.body.fields) return {};
  const byField: Record<string, string> = {};
  for (const { field, message } of error.body.fields) byField[field] ??= message;
  return byField;
}

/**
 * The alert above a form that shows each field's problem at the field: when the API named fields (a name or address
 * already taken, a value refused), the alert points to them instead of repeating a field's sentence, so a screen
 * reader reads it once. Only for forms that show every field the request names.
 */
export function formErrorMessage(error: unknown, t: Translate): string {
  return Object.keys(fieldErrors(error)).length > 0 ? t('errors.checkFields') : errorMessage(error, t);
}
