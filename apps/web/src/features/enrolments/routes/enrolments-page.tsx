import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DownloadLinks } from '../../../components/download-links';
import { PageError } from '../../../components/page-error';
import { useI18n } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionPath } from '../../../lib/paths';
import { useEdition } from '../api/edition';
import { enrolmentsExportUrl } from '../api/enrolments';
import { CsvImport } from '../components/csv-import';
import { EnrolForm } from '../components/enrol-form';
import { EnrolmentList } from '../components/enrolment-list';
import '../enrolments.css';

/** The programme office enrols people in an edition: from a CSV file, one by one, and sees who is enrolled. */
export function EnrolmentsPage() {
  const { t, language } = useI18n();
  const { editionId = '' } = useParams();
  const edition = useEdition(editionId);
  const [announcement, setAnnouncement] = useState('');
  usePageTitle(edition.data ? t('enrolments.titleOf', { edition: edition.data.name }) : t('enrolments.title'));

  if (edition.isPending) return <p role="status">{t('app.loading')}</p>;
  if (edition.isError) return <PageError title={t('enrolments.title')} error={edition.error} onRetry={() => void edition.refetch()} />;
  const detail = edition.data;
  const editable = detail.status !== 'archived';

  return (
    <>
      <p>
        <Link to={editionPath(editionId)}>{t('enrolments.back', { edition: detail.name })}</Link>
      </p>
      <h1>{t('enrolments.titleOf', { edition: detail.name })}</h1>
      <p>
        {t('enrolments.seats', { enrolled: detail.enrolled, count: detail.capacity })}
        {detail.waitlisted > 0 && ` ${t('enrolments.waitlistCount', { count: detail.waitlisted })}`}
      </p>
      <div role="status">{announcement && <Alert tone="success" live="off">{announcement}</Alert>}</div>
      {!editable && (
        <Alert tone="info" live="off">
          {t('enrolments.archived')}
        </Alert>
      )}
      {editable && (
        <>
          <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t('enrolments.import.title')}</h2>
            <CsvImport editionId={editionId} />
          </section>
          <section aria-labelledby="enrol-heading">
            <h2 id="enrol-heading">{t('enrolments.form.title')}</h2>
            <EnrolForm
              editionId={editionId}
              onEnrolled={(result, name) =>
                setAnnouncement(
                  result.status === 'waitlisted'
                    ? t('enrolments.form.waitlisted', { name, position: result.waitlistPosition ?? '?' })
                    : t('enrolments.form.enrolled', { name }),
                )
              }
            />
          </section>
        </>
      )}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('enrolments.list.title')}</h2>
        <p className="form__actions">
          <DownloadLinks href={(format) => enrolmentsExportUrl(editionId, format, language)} />
        </p>
        <EnrolmentList editionId={editionId} editable={editable} published={detail.status !== 'draft'} onChanged={setAnnouncement} />
      </section>
    </>
  );
}
