import { useState, type FormEvent } from 'react';
import { REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useProgrammes } from '../../../lib/programmes';
import { useAddClosedDay } from '../api/add-closed-day';

/** The programme office adds a closed day or period of its own: for the country, one region, or one programme. */
export function ClosedDayForm() {
  const t = useT();
  const add = useAddClosedDay();
  const programmes = useProgrammes();
  const [added, setAdded] = useState<string | null>(null);
  const problems = fieldErrors(add.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const firstDay = String(data.get('firstDay'));
    setAdded(null);
    add.mutate(
      {
        name: String(data.get('name')),
        firstDay,
        // One day needs only the first date.
        lastDay: String(data.get('lastDay')) || firstDay,
        region: (String(data.get('region')) || null) as SchoolHolidayRegion | null,
        programmeId: String(data.get('programmeId')) || null,
      },
      {
        onSuccess: (closedDay) => {
          setAdded(closedDay.name);
          form.reset();
        },
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="closed-day-form-title">
      <h2 id="closed-day-form-title">{t('closedDays.add.title')}</h2>
      <p>{t('closedDays.add.intro')}</p>
      <TextField label={t('closedDays.add.name')} hint={t('closedDays.add.nameHint')} name="name" required maxLength={120} error={problems.name} />
      <TextField label={t('closedDays.add.firstDay')} name="firstDay" type="date" required error={problems.firstDay} />
      <TextField label={t('closedDays.add.lastDay')} name="lastDay" type="date" error={problems.lastDay} />
      <SelectField
        label={t('closedDays.add.region')}
        hint={t('closedDays.add.regionHint')}
        name="region"
        defaultValue=""
        options={[{ value: '', label: t('closedDays.add.allRegions') }, ...REGIONS.map((region) => ({ value: region, label: t('closedDays.region', { region: t(`closedDays.region.${region}`) }) }))]}
        error={problems.region}
      />
      <SelectField
        label={t('closedDays.add.programme')}
        name="programmeId"
        defaultValue=""
        options={[{ value: '', label: t('closedDays.add.allProgrammes') }, ...(programmes.data ?? []).map(({ id, name }) => ({ value: id, label: name }))]}
        error={problems.programmeId}
      />
      <div aria-live="polite">{added && <Alert tone="success" live="off">{t('closedDays.add.added', { name: added })}</Alert>}</div>
      {add.isError && <Alert tone="error">{errorMessage(add.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={add.isPending}>
          {add.isPending ? t('closedDays.add.saving') : t('closedDays.add.submit')}
        </Button>
      </div>
    </form>
  );
}
