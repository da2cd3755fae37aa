import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useMe } from '../../../lib/session';
import { useChooseFirstPassword, useConfirmPasswordReset, usePasswordLinkCheck } from '../api/password-reset';
import { NewPasswordFields } from '../components/new-password-fields';
import { formText, validateNewPassword } from '../validation';

interface ConfirmErrors {
  password?: string;
  repeat?: string;
}

/** Reached from the reset e-mail's link `/wachtwoord-herstellen?token=…`. */
export function PasswordResetConfirmPage() {
  return <PasswordLinkPage first={false} />;
}

/** Reached from an invitation's link `/wachtwoord-kiezen?token=…`: the first password, and then one is logged in. */
export function FirstPasswordPage() {
  return <PasswordLinkPage first />;
}

function PasswordLinkPage({ first }: { first: boolean }) {
  const t = useT();
  const title = first ? t('auth.firstPassword.title') : t('auth.resetConfirm.title');
  usePageTitle(title);
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  // A link opened in a browser logged in as someone else (a shared computer, a forwarded mail) is for another account.
  const loggedIn = useMe().data;
  const reset = useConfirmPasswordReset();
  const choose = useChooseFirstPassword();
  const confirm = first ? choose : reset;
  const linkCheck = usePasswordLinkCheck(token, first);
  const [errors, setErrors] = useState<ConfirmErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const form = new FormData(event.currentTarget);
    const password = formText(form, 'password');
    const repeat = formText(form, 'repeat');
    const found: ConfirmErrors = { password: validateNewPassword(password, t) };
    if (!found.password && repeat !== password) found.repeat = t('auth.validation.passwordMismatch');
    setErrors(found);
    confirm.reset();
    if (found.password) return passwordRef.current?.focus();
    if (found.repeat) return repeatRef.current?.focus();
    if (first) choose.mutate({ token, password });
    else reset.mutate({ token, password });
  };

  const requestNewLink = <Link to={paths.passwordResetRequest}>{t('auth.resetConfirm.requestNew')}</Link>;

  let content;
  // A link cut short or mangled on its way (a mail program breaking it, a character lost) names no link at all.
  if (!token || fieldErrors(linkCheck.error).token) {
    content = (
      <Alert tone="error" live="off">
        <p>{t(first ? 'auth.firstPassword.missingToken' : 'auth.resetConfirm.missingToken')}</p>
        <p>{requestNewLink}</p>
      </Alert>
    );
  } else if (first && choose.isSuccess) {
    // Logged in now: straight on to Koers.
    content = <Navigate to={paths.home} replace />;
  } else if (linkCheck.isError && !confirm.isSuccess) {
    // Used or expired: said before a password is typed for it (and offered to a password manager).
    content = (
      <Alert tone="error" live="off">
        <p>{errorMessage(linkCheck.error, t)}</p>
        {first && (
          <p>
            <Link to={paths.login}>{t('auth.resetConfirm.goToLogin')}</Link>
          </p>
        )}
        <p>{requestNewLink}</p>
      </Alert>
    );
  } else if (confirm.isSuccess) {
    content = (
      <Alert tone="success">
        <p>{t('auth.resetConfirm.done')}</p>
        <p>
          <Link to={paths.login}>{t('auth.resetConfirm.goToLogin')}</Link>
        </p>
      </Alert>
    );
  } else {
    const serverFields = fieldErrors(confirm.error);
    content = (
      <form className="form" noValidate onSubmit={onSubmit}>
        {confirm.isError && (
          <Alert tone="error">
            <p>{errorMessage(confirm.error, t)}</p>
            {/* An invalid or expired token cannot be fixed on this page; an invitation's reader may have chosen a password already. */}
            {!serverFields.password && first && (
              <p>
                <Link to={paths.login}>{t('auth.resetConfirm.goToLogin')}</Link>
              </p>
            )}
            {!serverFields.password && <p>{requestNewLink}</p>}
          </Alert>
        )}
        {(errors.password || errors.repeat) && <Alert tone="error">{t('errors.checkFields')}</Alert>}
        {loggedIn && (
          <Alert tone="info" live="off">
            <p>
              {t('auth.passwordLink.loggedInAs', { name: loggedIn.name })}
              {first && ` ${t('auth.passwordLink.switchesAccount', { name: loggedIn.name })}`}
            </p>
          </Alert>
        )}
        {first && <p>{t('auth.firstPassword.intro')}</p>}
        <NewPasswordFields
          first={first}
          name="password"
          passwordRef={passwordRef}
          repeatRef={repeatRef}
          errors={{ password: errors.password ?? serverFields.password, repeat: errors.repeat }}
        />
        <div className="form__actions">
          <Button type="submit" busy={confirm.isPending}>
            {confirm.isPending ? t('auth.busy') : first ? t('auth.firstPassword.submit') : t('auth.resetConfirm.submit')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="narrow">
      <h1>{title}</h1>
      {content}
    </div>
  );
}
