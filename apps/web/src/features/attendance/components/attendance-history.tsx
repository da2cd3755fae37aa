import { useState } from 'react';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAttendanceChanges } from '../api/get-attendance-changes';

/** Who changed which mark when, and what it was before; loaded when opened. */
export function AttendanceHistory({ sessionId }: { sessionId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(1);
  const changes = useAttendanceChanges(sessionId, page, open);
  const lastPage = changes.data ? Math.max(1, Math.ceil(changes.data.total / changes.data.pageSize)) : 1;

  return (
    <details className="attendance-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('attendance.roster.history')}</summary>
      {changes.isPending && open && <p role="status">{t('app.loading')}</p>}
      {changes.isError && <p className="field__error">{errorMessage(changes.error, t)}</p>}
      {changes.data && changes.data.items.length === 0 && <p>{t('attendance.roster.historyEmpty')}</p>}
      {changes.data && changes.data.items.length > 0 && (
        <>
          <ol className="attendance-history__list">
            {changes.data.items.map((change, index) => (
              <li key={`${change.personId}-${change.changedAt}-${index}`}>
                <DateText value={change.changedAt} /> · <strong>{change.personName}</strong>:{' '}
                {change.previousStatus ? t(`attendance.status.${change.previousStatus}`) : t('attendance.roster.historyNone')} →{' '}
                {t(`attendance.status.${change.status}`)}
                {change.note && <> ({change.note})</>}
                {change.source !== 'trainer' && <> · {t(`attendance.source.${change.source}`)}</>}
                {change.changedBy && change.source !== 'self_check_in' && <> · {t('attendance.roster.historyBy', { name: change.changedBy })}</>}
              </li>
            ))}
          </ol>
          {lastPage > 1 && (
            <div className="form__actions">
              <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('attendance.roster.historyNewer')}
              </Button>
              <Button variant="secondary" disabled={page >= lastPage} onClick={() => setPage(page + 1)}>
                {t('attendance.roster.historyOlder')}
              </Button>
            </div>
          )}
        </>
      )}
    </details>
  );
}
