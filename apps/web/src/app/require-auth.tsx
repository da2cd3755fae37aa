import { Navigate, Outlet, useLocation } from 'react-router';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { errorMessage } from '../lib/error-message';
import { useT } from '../lib/i18n';
import { loginPath } from '../lib/paths';
import { useMe } from '../lib/session';

/** Guards the routes below it: logged-out visitors go to the login page and come back afterwards. */
export function RequireAuth() {
  const t = useT();
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <p role="status">{t('app.loading')}</p>;
  if (me.isError && me.data === undefined) {
    return (
      <div className="narrow">
        <Alert tone="error">{errorMessage(me.error, t)}</Alert>
        <Button onClick={() => void me.refetch()}>{t('app.tryAgain')}</Button>
      </div>
    );
  }
  if (!me.data) return <Navigate to={loginPath(location.pathname + location.search + location.hash)} replace />;
  return <Outlet />;
}
