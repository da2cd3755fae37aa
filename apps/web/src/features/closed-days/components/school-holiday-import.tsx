import { useId, useState, type FormEvent } from 'react';
import type { SchoolHolidayImportResult } from '@koers/shared/closed-days';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useImportSchoolHolidays } from '../api/import-school-holidays';

/** Loads the Rijksoverheid's open-data file of a school year, which replaces that year's school holidays. */
export function SchoolHolidayImport({ onImported }: { onImported: (result: SchoolHolidayImportResult) => void }) {
  const t = useT();
  const id = useId();
  const upload = useImportSchoolHolidays();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<SchoolHolidayImportResult | null>(null);
  const fileProblem = problem ?? fieldErrors(upload.error).file ?? null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const form = event.currentTarget;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    setDone(null);
    upload.reset();
    if (!file) return setProblem(t('closedDays.import.noFile'));
    let content: unknown;
    try {
      content = JSON.parse(await file.text());
    } catch {
      return setProblem(t('closedDays.import.notJson'));
    }
    setProblem(null);
    upload.mutate(content, {
      onSuccess: (result) => {
        setDone(result);
        form.reset();
        onImported(result);
      },
    });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('closedDays.import.title')}</h2>
      <p>{t('closedDays.import.intro')}</p>
      <TextField label={t('closedDays.import.file')} name="file" type="file" accept=".json,application/json" error={fileProblem ?? undefined} />
      <div aria-live="polite">
        {done && (
          <Alert tone="success" live="off">
            {t('closedDays.import.done', { schoolYear: `${done.schoolYear}-${done.schoolYear + 1}`, count: done.periods })}
          </Alert>
        )}
      </div>
      {upload.isError && !fileProblem && <Alert tone="error">{errorMessage(upload.error, t)}</Alert>}
      <div className="form__actions">
        <Button type="submit" busy={upload.isPending}>
          {upload.isPending ? t('closedDays.import.busy') : t('closedDays.import.submit')}
        </Button>
      </div>
    </form>
  );
}
