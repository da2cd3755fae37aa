import { useRef, useState, type FormEvent } from 'react';
import { REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { useProgrammes } from '../../../lib/programmes';
import { useAddClosedDay } from '../api/add-closed-day';

/** The programme office adds a closed day or period of its own: for the country, one region, or one programme. */
export function ClosedDayForm() {
  const t = useT();
  const add = useAddClosedDay();
  const programmes = useProgrammes();
  const [added, setAdded] = useState<string | null>(null);
  const [problems, setProblems] = useState<Partial<Record<'name' | 'firstDay' | 'lastDay', string>>>({});
  const server = fieldErrors(add.error);
  const focusAfterRender = useFocusAfterRender();
  const alertRef = useRef<HTMLDivElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name')).trim();
    const firstDay = String(data.get('firstDay'));
    const lastDay = String(data.get('lastDay'));
    const found = {
      name: name ? undefined : t('closedDays.add.nameRequired'),
      firstDay: firstDay ? undefined : t('closedDays.add.firstDayRequired'),
      // Dates as YYYY-MM-DD compare as text.
      lastDay: firstDay && lastDay && lastDay < firstDay ? t('closedDays.add.lastDayBeforeFirst') : undefined,
    };
    setProblems(found);
    setAdded(null);
    add.reset();
    if (Object.values(found).some(Boolean)) return focusFirstInvalid(form);
    add.mutate(
      {
        name,
        firstDay,
        // One day needs only the first date.
        lastDay: lastDay || firstDay,
        region: (String(data.get('region')) || null) as SchoolHolidayRegion | null,
        programmeId: String(data.get('programmeId')) || null,
      },
      {
        onSuccess: (closedDay) => {
          setAdded(closedDay.name);
          form.reset();
        },
        // A refusal about the period as a whole (too long, a programme gone) names no field: its alert is read instead.
        onError: (error) => (Object.keys(fieldErrors(error)).length > 0 ? focusFirstInvalid(form) : focusAfterRender(() => alertRef.current)),
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="closed-day-form-title">
      <h2 id="closed-day-form-title">{t('closedDays.add.title')}</h2>
      <p>{t('closedDays.add.intro')}</p>
      <TextField label={t('closedDays.add.name')} hint={t('closedDays.add.nameHint')} name="name" required maxLength={120} error={problems.name ?? server.name} />
      <TextField label={t('closedDays.add.firstDay')} name="firstDay" type="date" required error={problems.firstDay ?? server.firstDay} />
      <TextField label={t('closedDays.add.lastDay')} name="lastDay" type="date" error={problems.lastDay ?? server.lastDay} />
      <SelectField
        label={t('closedDays.add.region')}
        hint={t('closedDays.add.regionHint')}
        name="region"
        defaultValue=""
        options={[{ value: '', label: t('closedDays.add.allRegions') }, ...REGIONS.map((region) => ({ value: region, label: t('closedDays.region', { region: t(`closedDays.region.${region}`) }) }))]}
        error={server.region}
      />
      <SelectField
        label={t('closedDays.add.programme')}
        name="programmeId"
        defaultValue=""
        options={[{ value: '', label: t('closedDays.add.allProgrammes') }, ...(programmes.data ?? []).map(({ id, name }) => ({ value: id, label: name }))]}
        error={server.programmeId}
      />
      <div aria-live="polite">{added && <Alert tone="success" live="off">{t('closedDays.add.added', { name: added })}</Alert>}</div>
      {add.isError && (
        <Alert tone="error" ref={alertRef}>
          {errorMessage(add.error, t)}
        </Alert>
      )}
      <div className="form__actions">
        <Button type="submit" busy={add.isPending}>
          {add.isPending ? t('closedDays.add.saving') : t('closedDays.add.submit')}
        </Button>
      </div>
    </form>
  );
}
