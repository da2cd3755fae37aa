import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../components/button';
import { useT } from '../lib/i18n';
import { usePageTitle } from '../lib/page-title';
import { NotFoundPage } from './not-found';

/**
 * The router's error boundary: a render error, a failed lazy chunk (e.g. after a
 * deploy) or a thrown 404. Inside the layout by default; `standalone` when the
 * layout itself failed.
 */
export function RouteErrorBoundary({ standalone = false }: { standalone?: boolean }) {
  const t = useT();
  const error = useRouteError();
  usePageTitle(t('errors.pageTitle'));

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);

  const content = (
    <div className="narrow">
      <h1>{t('errors.pageTitle')}</h1>
      <p>{t('errors.pageBody')}</p>
      <div className="form__actions">
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
        {/* A full page load, not a client-side navigation: the app may be in a bad state. */}
        <a href="/">{t('errors.backHome')}</a>
      </div>
    </div>
  );
  return standalone ? (
    <main id="main-content" className="page">
      {content}
    </main>
  ) : (
    content
  );
}
