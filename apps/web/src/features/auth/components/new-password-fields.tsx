import type { Ref } from 'react';
import { MIN_PASSWORD_LENGTH } from '@koers/shared/api';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';

interface NewPasswordFieldsProps {
  /** The form field name of the new password, as the API expects it. */
  name: string;
  passwordRef: Ref<HTMLInputElement>;
  repeatRef: Ref<HTMLInputElement>;
  errors: { password?: string; repeat?: string };
  /** Someone who never had a password chooses "a password", not "a new" one. */
  first?: boolean;
}

/** A new password and its repetition, as every form that sets a password asks them. */
export function NewPasswordFields({ name, passwordRef, repeatRef, errors, first = false }: NewPasswordFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        ref={passwordRef}
        label={first ? t('auth.firstPassword.password') : t('auth.resetConfirm.password')}
        hint={t('auth.resetConfirm.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        error={errors.password}
      />
      <TextField ref={repeatRef} label={first ? t('auth.firstPassword.repeat') : t('auth.resetConfirm.repeat')} name="repeat" type="password" autoComplete="new-password" required error={errors.repeat} />
    </>
  );
}
