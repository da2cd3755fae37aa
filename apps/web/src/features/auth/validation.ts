import { MIN_PASSWORD_LENGTH } from '@koers/shared/api';
import type { Translate } from '../../lib/i18n';

// Deliberately loose: the API has the last word; this only catches typos early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string, t: Translate): string | undefined {
  if (!email) return t('auth.validation.emailRequired');
  if (!EMAIL.test(email)) return t('auth.validation.emailInvalid');
  return undefined;
}

export function validateNewPassword(password: string, t: Translate): string | undefined {
  if (!password) return t('auth.validation.passwordRequired');
  if (password.length < MIN_PASSWORD_LENGTH) return t('auth.validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH });
  return undefined;
}

/** Reads a text field from a submitted form. */
export function formText(form: FormData, name: string, { trim = false } = {}): string {
  const value = form.get(name);
  const text = typeof value === 'string' ? value : '';
  return trim ? text.trim() : text;
}
