import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionPath } from '../../../lib/paths';
import { withParams } from '../../../lib/search-params';
import { type ApplicationFilters as Filters, useApplications } from '../api/applications';
import { ApplicationDetail } from '../components/application-detail';
import { ApplicationFilters } from '../components/application-filters';
import { ApplicationList } from '../components/application-list';
import '../applications.css';

const NO_FILTERS: Filters = { status: '', region: '', organisation: '', directorCommitment: '' };

/**
 * The programme office's selection for one edition: the applications with filters, one in full (`?aanmelding=`, so
 * it can be linked), and accept, waiting list or decline. On a tablet the list and the application sit side by side.
 */
export function ApplicationsPage() {
  const t = useT();
  const { editionId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [announcement, setAnnouncement] = useState('');
  const applications = useApplications(editionId, filters, page);
  const places = applications.data?.places;
  usePageTitle(places ? t('applications.titleOf', { edition: places.editionName }) : t('applications.title'));
  const openId = search.get('aanmelding');
  const open = (id: string | null) => setSearch((current) => withParams(current, { aanmelding: id }), { replace: true });

  return (
    <>
      <p>
        <Link to={editionPath(editionId)}>{t('applications.back')}</Link>
      </p>
      <h1>{places ? t('applications.titleOf', { edition: places.editionName }) : t('applications.title')}</h1>
      {places && (
        <p>
          {t('applications.places', { taken: places.placesTaken, count: places.capacity })}{' '}
          {places.waitlisted > 0 && t('applications.waitlistCount', { count: places.waitlisted })}{' '}
          {places.enrolmentsWaitlisted > 0 && t('applications.enrolmentsWaitlistCount', { count: places.enrolmentsWaitlisted })}
        </p>
      )}
      <div role="status">{announcement && <Alert tone="success" live="off">{announcement}</Alert>}</div>
      <div className="applications-layout">
        <section aria-labelledby="applications-list-heading">
          <h2 id="applications-list-heading" className="visually-hidden">
            {t('applications.title')}
          </h2>
          <ApplicationFilters
            filters={filters}
            onChange={(next) => {
              setFilters(next);
              setPage(1);
            }}
          />
          {applications.isPending ? (
            <p role="status">{t('app.loading')}</p>
          ) : applications.isError ? (
            <Alert tone="error">{errorMessage(applications.error, t)}</Alert>
          ) : (
            <div aria-busy={applications.isFetching || undefined}>
              <ApplicationList page={applications.data} onOpen={open} onPage={setPage} />
            </div>
          )}
        </section>
        {openId && <ApplicationDetail applicationId={openId} editable onClose={() => open(null)} onDecided={setAnnouncement} />}
      </div>
    </>
  );
}
