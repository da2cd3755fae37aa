import { useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useLogout } from '../api/logout';

export function LogoutButton() {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();

  const onClick = () => {
    logout.mutate(undefined, {
      onSuccess: async () => {
        // Leave the protected page before forgetting the person, so the login
        // guard does not send us to the login page with `?next=` this page.
        await navigate(paths.login, { replace: true });
        logout.forgetSession();
      },
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
