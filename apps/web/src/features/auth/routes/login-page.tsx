import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { providerLoginHref, useLoginProviders } from '../../../lib/login-providers';
import { paths, safeNextPath } from '../../../lib/paths';
import { sessionEnded, useMe } from '../../../lib/session';
import { SINGLE_SIGN_ON_REFUSALS, type SingleSignOnRefusal } from '@koers/shared/api';
import { useLogin } from '../api/login';
import { cameFromLogout, providerLogoutOf, useForgetSession } from '../api/logout';
import { formText, validateEmail } from '../validation';

interface LoginErrors {
  email?: string;
  password?: string;
}

/** The reason in `?sso_error=` after a refused single sign-on; anything unexpected reads as a failed attempt. */
const singleSignOnRefusal = (value: string | null): SingleSignOnRefusal | null =>
  value === null ? null : ((SINGLE_SIGN_ON_REFUSALS as readonly string[]).includes(value) ? (value as SingleSignOnRefusal) : 'failed');

export function LoginPage() {
  const t = useT();
  usePageTitle(t('auth.login.title'));
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const me = useMe();
  const login = useLogin();
  const [errors, setErrors] = useState<LoginErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const loggingOut = cameFromLogout(location.state);
  const forgetSession = useForgetSession();
  const providers = useLoginProviders();
  // Kept past the state reset below: after single sign-on, the person may end the provider's session as well.
  const [providerLogout] = useState(() => providerLogoutOf(location.state));
  const refusal = singleSignOnRefusal(searchParams.get('sso_error'));
  const [afterSessionEnded] = useState(sessionEnded.read);
  // Said once: a later visit to the login page is no news.
  useEffect(() => sessionEnded.forget(), []);
  useEffect(() => {
    if (!loggingOut) return;
    forgetSession();
    // Done: the next login on this page goes on as usual.
    void navigate({ search: location.search }, { replace: true, state: null });
  }, [loggingOut, forgetSession, navigate, location.search]);

  // Logged in (already, or just now): on to where the user wanted to go. Just logged out: stay.
  if (me.data && !loggingOut) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const form = new FormData(event.currentTarget);
    const email = formText(form, 'email', { trim: true });
    const password = formText(form, 'password');
    const found: LoginErrors = {
      email: validateEmail(email, t),
      password: password ? undefined : t('auth.validation.passwordRequired'),
    };
    setErrors(found);
    login.reset();
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    login.mutate({ email, password });
  };

  const hasClientErrors = Boolean(errors.email || errors.password);
  const serverFields = fieldErrors(login.error);

  return (
    <div className="narrow">
      <h1>{t('auth.login.title')}</h1>
      <p>{t('auth.login.intro')}</p>
      {refusal && <Alert tone="error">{t(`auth.sso.refused.${refusal}`)}</Alert>}
      {afterSessionEnded && !loggingOut && <Alert tone="info">{t('auth.login.sessionEnded')}</Alert>}
      {providerLogout && (
        <Alert tone="info" live="off">
          {t('auth.sso.loggedOut')} <a href={providerLogout.url}>{t('auth.sso.providerLogout', { label: providerLogout.label })}</a>
        </Alert>
      )}
      {providers.data && providers.data.length > 0 && (
        <section aria-labelledby="login-providers" className="login-providers">
          <h2 id="login-providers">{t('auth.sso.heading')}</h2>
          <ul className="login-providers__list">
            {providers.data.map((provider) => (
              <li key={provider.name}>
                <a className="button button--secondary" href={providerLoginHref(provider.name, next)}>
                  {t('auth.sso.loginWith', { label: provider.label })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {providers.data && providers.data.length > 0 && <h2>{t('auth.sso.passwordHeading')}</h2>}
      <form className="form" noValidate onSubmit={onSubmit}>
        {login.isError && <Alert tone="error">{errorMessage(login.error, t)}</Alert>}
        {hasClientErrors && <Alert tone="error">{t('errors.checkFields')}</Alert>}
        <TextField
          ref={emailRef}
          label={t('auth.field.email')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={errors.email ?? serverFields.email}
        />
        <TextField
          ref={passwordRef}
          label={t('auth.field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password ?? serverFields.password}
        />
        <div className="form__actions">
          <Button type="submit" busy={login.isPending}>
            {login.isPending ? t('auth.busy') : t('auth.login.submit')}
          </Button>
          <Link to={paths.passwordResetRequest}>{t('auth.login.forgotPassword')}</Link>
        </div>
      </form>
    </div>
  );
}
