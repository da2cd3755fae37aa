import type { ApplicationsPage } from '@koers/shared/applications';
import { Button } from '../../../components/button';
import { Pager } from '../../../components/pager';
import { useT } from '../../../lib/i18n';
import { ApplicationBadges } from './application-status';

/** A page of applications as cards; "Bekijken" opens one in full. */
export function ApplicationList({ page, onOpen, onPage }: { page: ApplicationsPage; onOpen: (id: string) => void; onPage: (page: number) => void }) {
  const t = useT();
  return (
    <>
      <p role="status">{t('applications.count', { count: page.total })}</p>
      {page.items.length === 0 ? (
        <p>{t('applications.none')}</p>
      ) : (
        <ul className="card-list card-list--wide">
          {page.items.map((application) => (
            <li key={application.id} className="card">
              <div className="card__body">
                <span className="card__title">{application.name}</span>
                <span className="card__meta">
                  {application.organisation} · {application.region} · {application.jobTitle}
                </span>
                <ApplicationBadges application={application} />
              </div>
              <div className="form__actions">
                <Button variant="secondary" onClick={() => onOpen(application.id)} aria-label={t('applications.openNamed', { name: application.name })}>
                  {t('applications.open')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page.page} pageSize={page.pageSize} total={page.total} label={t('applications.title')} onPage={onPage} />
    </>
  );
}
