import { Link } from 'react-router';
import { useT } from '../lib/i18n';
import { usePageTitle } from '../lib/page-title';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <div className="narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home}>{t('errors.backHome')}</Link>
      </p>
    </div>
  );
}
