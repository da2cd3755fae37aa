import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { EditionSummary } from '@koers/shared/editions';
import type { ProgrammeSummary } from '@koers/shared/programmes';
import { Button } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { candidateOptions } from '../api/staff-candidates';
import type { SettingsErrors, WizardSettings } from '../wizard-model';
import { SchoolHolidayRegionField } from './school-holiday-region-field';
import { StaffSearchField, useStaffSearch } from './staff-search';

interface WizardSettingsFormProps {
  settings: WizardSettings;
  onChange: (changes: Partial<WizardSettings>) => void;
  programmes: ProgrammeSummary[];
  editions: EditionSummary[];
  /** The edition whose settings were copied, or ''. */
  copyFrom: string;
  onCopyFrom: (editionId: string) => void;
  /** The staff of the edition copied from, with their names: ticked, they are listed whatever the search finds. */
  copiedStaff: readonly { personId: string; name: string }[];
  errors: SettingsErrors & Record<string, string | undefined>;
  busy: boolean;
  onSubmit: () => void;
}

const WEEKDAYS = ['1', '2', '3', '4', '5'] as const;

/** Step 1: where the edition comes from, its name, rhythm, venue and the people who run it. */
export function WizardSettingsForm({ settings, onChange, programmes, editions, copyFrom, onCopyFrom, copiedStaff, errors, busy, onSubmit }: WizardSettingsFormProps) {
  const t = useT();
  const text = (name: keyof WizardSettings) => ({
    name,
    value: settings[name] as string,
    error: errors[name],
    onChange: (event: { target: { value: string } }) => onChange({ [name]: event.target.value }),
  });
  const { search, candidates, field: staffSearch } = useStaffSearch();
  const found = candidates.data?.items;
  // Everyone a search found or an earlier edition's settings named, so that someone ticked stays in the list when
  // the search shown does not find them.
  const [seen, setSeen] = useState(() => new Map<string, string>());
  useEffect(() => {
    if (found?.length) setSeen((before) => new Map([...before, ...candidateOptions(found).map(({ value, label }) => [value, label] as const)]));
  }, [found]);
  const staffPicker = (list: 'trainerIds' | 'facilitatorIds') => {
    const listed = candidateOptions(found ?? []);
    const ticked = settings[list].flatMap((id) => {
      const label = seen.get(id) ?? copiedStaff.find((member) => member.personId === id)?.name;
      return listed.some((option) => option.value === id) || label === undefined ? [] : [{ value: id, label }];
    });
    return (
      <CheckboxGroup
        legend={t(`editions.wizard.${list}`)}
        name={list}
        hint={candidates.data?.total === 0 && !search ? t('editions.wizard.noStaff') : undefined}
        options={[...ticked, ...listed]}
        values={settings[list]}
        onChange={(chosen) => onChange({ [list]: chosen })}
      />
    );
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div className="field-grid field-grid--wide">
        <SelectField
          label={t('editions.wizard.programme')}
          name="programmeId"
          value={settings.programmeId}
          onChange={(event) => onChange({ programmeId: event.target.value })}
          error={errors.programmeId}
          options={[{ value: '', label: t('editions.wizard.choose') }, ...programmes.map((programme) => ({ value: programme.id, label: programme.name }))]}
        />
        <SelectField
          label={t('editions.wizard.copyFrom')}
          hint={t('editions.wizard.copyFromHint')}
          name="copyFrom"
          value={copyFrom}
          onChange={(event) => onCopyFrom(event.target.value)}
          options={[{ value: '', label: t('editions.wizard.noCopy') }, ...editions.map((edition) => ({ value: edition.id, label: edition.name }))]}
        />
      </div>
      <TextField label={t('editions.wizard.name')} hint={t('editions.wizard.nameHint')} required {...text('name')} />
      <div className="field-grid">
        <TextField label={t('editions.wizard.startDate')} hint={t('editions.wizard.startDateHint')} type="date" required {...text('startDate')} />
        <SelectField
          label={t('editions.wizard.weekday')}
          {...text('weekday')}
          options={WEEKDAYS.map((value) => ({ value, label: t(`editions.weekday.${value}`) }))}
        />
        <TextField label={t('editions.wizard.cadence')} hint={t('editions.wizard.cadenceHint')} type="number" inputMode="numeric" min={1} max={8} required {...text('cadenceWeeks')} />
        <TextField label={t('editions.wizard.startTime')} type="time" required {...text('startTime')} />
      </div>
      <SchoolHolidayRegionField hint={t('editions.wizard.regionHint')} {...text('schoolHolidayRegion')} />
      <p>
        <Link to={paths.closedDays}>{t('editions.wizard.importSchoolHolidays')}</Link>
      </p>
      <div className="field-grid field-grid--wide">
        <TextField label={t('editions.wizard.capacity')} type="number" inputMode="numeric" min={1} required {...text('capacity')} />
        <TextField label={t('editions.wizard.networkGroups')} hint={t('editions.wizard.networkGroupsHint')} type="number" inputMode="numeric" min={0} max={20} {...text('networkGroups')} />
        <TextField label={t('editions.wizard.location')} hint={t('editions.wizard.locationHint')} {...text('defaultLocation')} />
        <TextField label={t('editions.wizard.onlineUrl')} hint={t('editions.wizard.onlineUrlHint')} type="url" inputMode="url" {...text('defaultOnlineUrl')} />
      </div>
      <StaffSearchField name="staffSearch" {...staffSearch} />
      {staffPicker('trainerIds')}
      {staffPicker('facilitatorIds')}
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? t('editions.wizard.generating') : t('editions.wizard.generate')}
        </Button>
      </div>
    </form>
  );
}
