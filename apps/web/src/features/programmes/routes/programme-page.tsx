import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageError } from '../../../components/page-error';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useProgramme } from '../api/programme';
import { AssignmentTemplateForm } from '../components/assignment-template-form';
import { AssignmentTemplateList } from '../components/assignment-template-list';
import { MeasurementTemplateSection } from '../components/measurement-template-section';
import { ProgrammeSettingsForm } from '../components/programme-settings-form';
import { PublicPageForm } from '../components/public-page-form';
import { SlotForm } from '../components/slot-form';
import { SlotList } from '../components/slot-list';
import '../programmes.css';
import { useT } from '../../../lib/i18n';

/**
 * A programme and its curriculum template editor: the sessions in order and the assignments relative to them; its
 * name and completion rule; and its public page.
 */
export function ProgrammePage() {
  const t = useT();
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  usePageTitle(programme.data?.name ?? t('programmes.title'));
  // One polite live region tells screen-reader users what each change did.
  const [announcement, setAnnouncement] = useState('');

  if (programme.isPending) return <p role="status">{t('app.loading')}</p>;
  if (programme.isError) return <PageError title={t('programmes.title')} error={programme.error} onRetry={() => void programme.refetch()} />;
  const detail = programme.data;

  return (
    <>
      <p>
        <Link to={paths.programmes}>{t('programmes.back')}</Link>
      </p>
      <h1>{detail.name}</h1>
      <p className="notice">
        {detail.code}
        {detail.description && ` · ${detail.description}`}
      </p>
      <p>
        <Link className="button button--primary" to={`${paths.openEdition}?${new URLSearchParams({ programma: detail.id })}`}>
          {t('programmes.openEdition')}
        </Link>
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <section aria-labelledby="slots-heading">
        <h2 id="slots-heading">{t('programmes.slots.title', { count: detail.slotCount })}</h2>
        <p>{t('programmes.slots.intro')}</p>
        <SlotList programme={detail} onChanged={setAnnouncement} />
        <h3>{t('programmes.slot.add')}</h3>
        <SlotForm programmeId={detail.id} onDone={(slot) => setAnnouncement(t('programmes.slot.added', { title: slot.title }))} />
      </section>

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t('programmes.assignments.title', { count: detail.assignmentTemplateCount })}</h2>
        <p>{t('programmes.assignments.intro')}</p>
        <AssignmentTemplateList programme={detail} onChanged={setAnnouncement} />
        {detail.slots.length > 0 && (
          <>
            <h3>{t('programmes.assignment.add')}</h3>
            <AssignmentTemplateForm
              programmeId={detail.id}
              slots={detail.slots}
              onDone={(template) => setAnnouncement(t('programmes.assignment.added', { title: template.title }))}
            />
          </>
        )}
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('programmes.settings.title')}</h2>
        <ProgrammeSettingsForm key={detail.id} programme={detail} onSaved={() => setAnnouncement(t('programmes.settings.saved'))} />
      </section>

      <section aria-labelledby="public-page-heading">
        <h2 id="public-page-heading">{t('programmes.publicPage.title')}</h2>
        <PublicPageForm key={detail.id} programme={detail} onSaved={() => setAnnouncement(t('programmes.publicPage.saved'))} />
      </section>

      <MeasurementTemplateSection programmeId={detail.id} />
    </>
  );
}
