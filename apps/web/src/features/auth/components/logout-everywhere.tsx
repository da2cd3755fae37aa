import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { loggedOutState, useLogoutEverywhere } from '../api/logout';

/** Logs the person out on every device (a shared computer, a lost phone), after asking; API tokens and the calendar feed stay. */
export function LogoutEverywhere() {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogoutEverywhere();
  const [asking, setAsking] = useState(false);

  return (
    <section aria-labelledby="logout-everywhere-heading">
      <h2 id="logout-everywhere-heading">{t('auth.logoutEverywhere.title')}</h2>
      <p>{t('auth.logoutEverywhere.intro')}</p>
      {logout.isError && <Alert tone="error">{errorMessage(logout.error, t)}</Alert>}
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('auth.logoutEverywhere.button')}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t('auth.logoutEverywhere.confirmTitle')}
          text={t('auth.logoutEverywhere.confirmText')}
          confirmLabel={t('auth.logoutEverywhere.button')}
          initialFocus="cancel"
          busy={logout.isPending}
          onConfirm={() =>
            logout.mutate(undefined, {
              onSuccess: (loggedOut) => navigate(paths.login, { replace: true, state: loggedOutState(loggedOut) }),
              onError: () => setAsking(false),
            })
          }
          onCancel={() => setAsking(false)}
        />
      )}
    </section>
  );
}
