import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ClosedPeriodView } from '@koers/shared/closed-days';
import { Alert } from '../../../components/alert';
import { SelectField } from '../../../components/select-field';
import { amsterdamDay } from '../../../lib/dates';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { useNow } from '../../../lib/now';
import { usePageTitle } from '../../../lib/page-title';
import { useClosedDays } from '../api/closed-days';
import { useRemoveClosedDay } from '../api/remove-closed-day';
import { ClosedDayForm } from '../components/closed-day-form';
import { ClosedPeriodList } from '../components/closed-period-list';
import { SchoolHolidayImport } from '../components/school-holiday-import';
import '../closed-days.css';

const PARAM = 'schooljaar';

/** A school year starts on 1 August: from then on, the year it started in. */
function schoolYearOf(day: Date): number {
  const [year, month] = amsterdamDay(day).split('-').map(Number);
  return month >= 8 ? year : year - 1;
}

/** The programme office's *Vrije dagen*: every day Koers plans around, per school year, with their own closed days and the school-holiday import. */
export function ClosedDaysPage() {
  const t = useT();
  usePageTitle(t('closedDays.title'));
  const [params, setParams] = useSearchParams();
  const current = schoolYearOf(useNow());
  const requested = Number(params.get(PARAM));
  const schoolYear = Number.isInteger(requested) && requested >= 2000 && requested <= 2098 ? requested : current;
  const overview = useClosedDays(schoolYear);
  const remove = useRemoveClosedDay();
  const [removed, setRemoved] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const years = [current - 1, current, current + 1, current + 2, current + 3];
  if (!years.includes(schoolYear)) years.push(schoolYear);
  const yearLabel = (year: number) => t('closedDays.schoolYearOption', { first: year, second: year + 1 });

  const choose = (year: number) => setParams(year === current ? {} : { [PARAM]: String(year) });
  const onRemove = (period: ClosedPeriodView & { id: string }) => {
    setRemoved(null);
    remove.mutate(period.id, {
      onSuccess: () => {
        setRemoved(period.name);
        // The removed day's row took its button along: focus goes to the list it was in.
        focusAfterRender(() => listHeadingRef.current);
      },
    });
  };
  const periods = overview.data?.periods ?? [];
  const estimated = periods.some(({ source }) => source === 'estimated');

  return (
    <>
      <h1>{t('closedDays.title')}</h1>
      <p className="narrow">{t('closedDays.intro')}</p>
      <SelectField
        label={t('closedDays.schoolYear')}
        name="schoolYear"
        value={String(schoolYear)}
        onChange={(event) => choose(Number(event.target.value))}
        options={years.sort((left, right) => left - right).map((year) => ({ value: String(year), label: yearLabel(year) }))}
      />
      <section aria-labelledby="closed-days-list" aria-busy={overview.isFetching || undefined}>
        <h2 id="closed-days-list" ref={listHeadingRef} tabIndex={-1}>
          {t('closedDays.listTitle', { schoolYear: yearLabel(schoolYear) })}
        </h2>
        <div aria-live="polite">{removed && <Alert tone="success" live="off">{t('closedDays.removed', { name: removed })}</Alert>}</div>
        {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
        {overview.isPending ? (
          <p role="status">{t('app.loading')}</p>
        ) : overview.isError ? (
          <Alert tone="error">{errorMessage(overview.error, t)}</Alert>
        ) : (
          <>
            {estimated && <p className="notice">{t('closedDays.estimatedNotice')}</p>}
            <ClosedPeriodList periods={periods} removing={remove.isPending ? remove.variables : null} onRemove={onRemove} />
          </>
        )}
      </section>
      <div className="closed-days-forms">
        <ClosedDayForm />
        <SchoolHolidayImport onImported={({ schoolYear: imported }) => choose(imported)} />
      </div>
    </>
  );
}
