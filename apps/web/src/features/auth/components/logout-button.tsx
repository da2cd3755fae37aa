import { useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { loggedOutState, useLogout } from '../api/logout';

export function LogoutButton() {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();

  const onClick = () => {
    logout.mutate(undefined, {
      // The login page forgets the person once it is shown: forgetting them here first would make the login
      // guard of this page send us to the login page with `?next=` this page.
      onSuccess: (loggedOut) => navigate(paths.login, { replace: true, state: loggedOutState(loggedOut) }),
    });
  };

  return (
    <>
      <Button variant="secondary" busy={logout.isPending} onClick={onClick}>
        {logout.isPending ? t('app.loggingOut') : t('app.logOut')}
      </Button>
      {logout.isError && (
        <p role="alert" className="site-header__error">
          {t('app.logOutFailed')}
        </p>
      )}
    </>
  );
}
