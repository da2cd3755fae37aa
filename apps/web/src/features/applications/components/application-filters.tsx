import { APPLICATION_STATUSES, DIRECTOR_COMMITMENTS } from '@koers/shared/applications';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import type { ApplicationFilters as Filters } from '../api/applications';

/** Status, region, organisation and the director's commitment; each change applies at once. */
export function ApplicationFilters({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const t = useT();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  return (
    <fieldset className="application-filters">
      <legend>{t('applications.filters')}</legend>
      <SelectField
        label={t('applications.filter.status')}
        name="status"
        value={filters.status}
        onChange={(event) => set('status', event.target.value as Filters['status'])}
        options={[{ value: '', label: t('applications.filter.all') }, ...APPLICATION_STATUSES.map((value) => ({ value, label: t(`applications.status.${value}`) }))]}
      />
      <TextField label={t('applications.filter.region')} name="region" value={filters.region} onChange={(event) => set('region', event.target.value)} />
      <TextField
        label={t('applications.filter.organisation')}
        name="organisation"
        value={filters.organisation}
        onChange={(event) => set('organisation', event.target.value)}
      />
      <SelectField
        label={t('applications.filter.commitment')}
        name="directorCommitment"
        value={filters.directorCommitment}
        onChange={(event) => set('directorCommitment', event.target.value as Filters['directorCommitment'])}
        options={[
          { value: '', label: t('applications.filter.all') },
          ...DIRECTOR_COMMITMENTS.map((value) => ({ value, label: t(`applications.commitmentOption.${value}`) })),
        ]}
      />
    </fieldset>
  );
}
