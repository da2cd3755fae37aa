import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionPath, paths } from '../../../lib/paths';
import { useEditions } from '../../../lib/editions';
import { EditionStatusBadge } from '../components/edition-status-badge';
import '../editions.css';

/** The programme office's overview: every edition with its status, dates, enrolled/capacity and next session. */
export function EditionsPage() {
  const t = useT();
  usePageTitle(t('editions.title'));
  const editions = useEditions();

  return (
    <>
      <h1>{t('editions.title')}</h1>
      <p>
        <Link className="button button--primary" to={paths.openEdition}>
          {t('nav.openEdition')}
        </Link>
      </p>
      {editions.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : editions.isError ? (
        <Alert tone="error">{errorMessage(editions.error, t)}</Alert>
      ) : editions.data.length === 0 ? (
        <p>{t('editions.none')}</p>
      ) : (
        <ul className="card-list card-list--wide">
          {editions.data.map((edition) => (
            <li key={edition.id} className="card">
              <div className="card__body">
                <Link className="card__title" to={editionPath(edition.id)}>
                  {edition.name}
                </Link>
                <span className="card__meta">{edition.programmeName}</span>
                <span className="card__meta">
                  <DateText value={edition.startDate} format="date" /> – <DateText value={edition.endDate} format="date" />
                </span>
                <span className="card__meta">
                  {t('editions.enrolled', { enrolled: edition.enrolled, count: edition.capacity })}
                  {edition.waitlisted > 0 && ` · ${t('editions.waitlisted', { count: edition.waitlisted })}`}
                </span>
                <span className="card__meta">
                  {edition.nextSession ? (
                    <>
                      {t('editions.nextSession')}: {edition.nextSession.title}, <DateText value={edition.nextSession.startsAt} />
                    </>
                  ) : (
                    t('editions.noNextSession')
                  )}
                </span>
              </div>
              <EditionStatusBadge status={edition.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
