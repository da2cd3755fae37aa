import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useRequestPasswordReset } from '../api/password-reset';
import { formText, validateEmail } from '../validation';

export function PasswordResetRequestPage() {
  const t = useT();
  usePageTitle(t('auth.resetRequest.title'));
  const request = useRequestPasswordReset();
  const [emailError, setEmailError] = useState<string>();
  const emailRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const email = formText(new FormData(event.currentTarget), 'email', { trim: true });
    const error = validateEmail(email, t);
    setEmailError(error);
    request.reset();
    if (error) return emailRef.current?.focus();
    request.mutate({ email });
  };

  return (
    <div className="narrow">
      <h1>{t('auth.resetRequest.title')}</h1>
      {request.isSuccess ? (
        <Alert tone="success">{t('auth.resetRequest.sent', { email: request.variables.email })}</Alert>
      ) : (
        <>
          <p>{t('auth.resetRequest.intro')}</p>
          <form className="form" noValidate onSubmit={onSubmit}>
            {request.isError && <Alert tone="error">{errorMessage(request.error, t)}</Alert>}
            {emailError && <Alert tone="error">{t('errors.checkFields')}</Alert>}
            <TextField
              ref={emailRef}
              label={t('auth.field.email')}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              required
              error={emailError ?? fieldErrors(request.error).email}
            />
            <div className="form__actions">
              <Button type="submit" busy={request.isPending}>
                {request.isPending ? t('auth.busy') : t('auth.resetRequest.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to={paths.login}>{t('auth.resetRequest.backToLogin')}</Link>
      </p>
    </div>
  );
}
