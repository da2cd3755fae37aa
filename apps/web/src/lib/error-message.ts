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
