import { useId, useRef, useState } from 'react';
import type { EnrolmentImportReport } from '@koers/shared/enrolments';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { useSingleFlight } from '../../../lib/single-flight';
import { useCheckImport, useImport, XLSX_MEDIA_TYPE } from '../api/import-enrolments';

/**
 * Importing participants from an Excel workbook or a CSV file as Excel saves it: first a check that lists each row's problems by its
 * row number, then the import of the good rows. Importing the same file again adds nobody.
 */
export function CsvImport({ editionId }: { editionId: string }) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const check = useCheckImport();
  const commit = useImport();
  // Importing twice enrols nobody the second time, but its answer ("0 enrolled") would replace the first one's.
  const importOnce = useSingleFlight();
  const resultRef = useRef<HTMLDivElement>(null);
  const report: EnrolmentImportReport | undefined = commit.data ?? check.data;
  const failure = commit.error ?? check.error;
  const willImport = check.data ? check.data.summary.enrolled + check.data.summary.waitlisted : 0;

  // The outcome is where the admin reads on: focus moves there, and the alert is announced.
  const focusAfterRender = useFocusAfterRender();
  const focusResult = () => focusAfterRender(() => resultRef.current);

  return (
    <>
      <div className="field file-field">
        <label className="field__label" htmlFor={inputId}>
          {t('enrolments.import.file')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('enrolments.import.hint')}
        </p>
        <input
          id={inputId}
          type="file"
          accept={`.xlsx,.csv,.txt,text/csv,text/plain,${XLSX_MEDIA_TYPE}`}
          aria-describedby={hintId}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            check.reset();
            commit.reset();
          }}
        />
      </div>
      <div className="form__actions">
        <Button variant="secondary" disabled={!file} busy={check.isPending} onClick={() => file && check.mutate({ editionId, file }, { onSuccess: focusResult })}>
          {check.isPending ? t('enrolments.busy') : t('enrolments.import.check')}
        </Button>
        {check.data && !commit.data && (
          <Button disabled={willImport === 0} busy={commit.isPending} onClick={() => file && importOnce(() => commit.mutateAsync({ editionId, file }).then(focusResult))}>
            {commit.isPending ? t('enrolments.busy') : t('enrolments.import.commit', { count: willImport })}
          </Button>
        )}
      </div>
      {failure && <Alert tone="error">{errorMessage(failure, t)}</Alert>}
      {report && (
        <Alert tone={report.summary.rejected > 0 || report.ignoredColumns.length > 0 ? 'info' : 'success'} ref={resultRef}>
          <p>
            {report.dryRun ? t('enrolments.import.checked', { count: report.summary.rows }) : t('enrolments.import.done', { count: report.summary.rows })}{' '}
            {report.dryRun
              ? t('enrolments.import.summaryDryRun', {
                  enrolled: t('enrolments.import.summaryDryRun.enrolled', { count: report.summary.enrolled }),
                  waitlisted: t('enrolments.import.summaryDryRun.waitlisted', { count: report.summary.waitlisted }),
                  already: t('enrolments.import.summaryDryRun.already', { count: report.summary.already_enrolled }),
                  rejected: t('enrolments.import.summaryDryRun.rejected', { count: report.summary.rejected }),
                })
              : t('enrolments.import.summary', {
                  enrolled: t('enrolments.import.summary.enrolled', { count: report.summary.enrolled }),
                  waitlisted: t('enrolments.import.summary.waitlisted', { count: report.summary.waitlisted }),
                  already: t('enrolments.import.summary.already', { count: report.summary.already_enrolled }),
                  rejected: t('enrolments.import.summary.rejected', { count: report.summary.rejected }),
                })}
          </p>
          {report.dryRun && report.encoding === 'windows-1252' && <p>{t('enrolments.import.readAsWindows1252')}</p>}
          {report.dryRun && report.encoding === 'macintosh' && <p>{t('enrolments.import.readAsMacintosh')}</p>}
          {report.ignoredColumns.length > 0 && (
            <p>{t('enrolments.import.ignoredColumns', { columns: report.ignoredColumns.map((column) => `“${column}”`).join(', ') })}</p>
          )}
        </Alert>
      )}
      {report && report.rows.some((row) => row.problems.length > 0) && (
        <ImportRows rows={report.rows.filter((row) => row.problems.length > 0)} caption={t('enrolments.import.problemsCaption')} dryRun={report.dryRun} />
      )}
      {/* What was read, each row, so names can be checked before anything is written (a file in another encoding). */}
      {report?.dryRun && report.rows.length > 0 && (
        <details className="import-read">
          <summary>{t('enrolments.import.allRows', { count: report.rows.length })}</summary>
          <ImportRows rows={report.rows} caption={t('enrolments.import.allRowsCaption')} dryRun />
        </details>
      )}
    </>
  );
}

/** Rows of an import's report: their number, who, the outcome and any remark. */
/** The rows with what happened to each, or in a check (`dryRun`) what importing would do: nothing is enrolled yet. */
function ImportRows({ rows, caption, dryRun }: { rows: EnrolmentImportReport['rows']; caption: string; dryRun: boolean }) {
  const t = useT();
  return (
    <table className="import-report">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('enrolments.import.row')}</th>
          <th scope="col">{t('enrolments.import.person')}</th>
          <th scope="col">{t('enrolments.import.outcome')}</th>
          <th scope="col">{t('enrolments.import.problems')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.row}>
            <td data-label={t('enrolments.import.row')}>{row.row}</td>
            <td data-label={t('enrolments.import.person')}>
              {row.name || '–'}
              {row.email && ` <${row.email}>`}
            </td>
            <td data-label={t('enrolments.import.outcome')}>{t(dryRun ? `enrolments.outcomeIfImported.${row.outcome}` : `enrolments.outcome.${row.outcome}`)}</td>
            <td data-label={t('enrolments.import.problems')}>
              {row.problems.length > 0 && (
                <ul>
                  {row.problems.map((problem) => (
                    <li key={problem.code}>{problem.message}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
