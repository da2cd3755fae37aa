import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useChangePassword } from '../api/change-password';
import { LogoutEverywhere } from '../components/logout-everywhere';
import { NewPasswordFields } from '../components/new-password-fields';
import { formText, validateNewPassword } from '../validation';

interface ChangeErrors {
  currentPassword?: string;
  newPassword?: string;
  repeat?: string;
}

/** Under "Mijn instellingen": a new password, confirmed with the current one; every other login then ends. */
export function ChangePasswordPage() {
  const t = useT();
  usePageTitle(t('auth.changePassword.title'));
  const change = useChangePassword();
  const [errors, setErrors] = useState<ChangeErrors>({});
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = formText(data, 'currentPassword');
    const newPassword = formText(data, 'newPassword');
    const found: ChangeErrors = {
      currentPassword: currentPassword ? undefined : t('auth.validation.passwordRequired'),
      newPassword: validateNewPassword(newPassword, t),
    };
    if (!found.newPassword && formText(data, 'repeat') !== newPassword) found.repeat = t('auth.validation.passwordMismatch');
    setErrors(found);
    change.reset();
    if (found.currentPassword) return currentRef.current?.focus();
    if (found.newPassword) return newRef.current?.focus();
    if (found.repeat) return repeatRef.current?.focus();
    // The server's refusal stands under the field it is about (a wrong current password, a guessable new one): focus
    // goes there, so a screen reader reads it with the field.
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => form.reset(), onError: () => focusFirstInvalid(form) });
  };

  const serverFields = fieldErrors(change.error);
  const wrongCurrent = change.isError && !serverFields.newPassword ? errorMessage(change.error, t) : undefined;

  return (
    <div className="narrow">
      <p>
        <Link to={paths.mySettings}>{t('auth.changePassword.back')}</Link>
      </p>
      <h1>{t('auth.changePassword.title')}</h1>
      <p>{t('auth.changePassword.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div aria-live="polite">{change.isSuccess && <Alert tone="success" live="off">{t('auth.changePassword.done')}</Alert>}</div>
        {(errors.currentPassword || errors.newPassword || errors.repeat) && <Alert tone="error">{t('errors.checkFields')}</Alert>}
        {change.isError && serverFields.newPassword && <Alert tone="error">{errorMessage(change.error, t)}</Alert>}
        <TextField
          ref={currentRef}
          label={t('auth.changePassword.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={errors.currentPassword ?? wrongCurrent}
        />
        <NewPasswordFields
          name="newPassword"
          passwordRef={newRef}
          repeatRef={repeatRef}
          errors={{ password: errors.newPassword ?? serverFields.newPassword, repeat: errors.repeat }}
        />
        <div className="form__actions">
          <Button type="submit" busy={change.isPending}>
            {change.isPending ? t('auth.busy') : t('auth.resetConfirm.submit')}
          </Button>
        </div>
      </form>
      <LogoutEverywhere />
    </div>
  );
}
