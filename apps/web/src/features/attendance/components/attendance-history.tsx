import { useState } from 'react';
import { DateText } from '../../../components/date-text';
import { Pager } from '../../../components/pager';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAttendanceChanges } from '../api/get-attendance-changes';

/** Who changed which mark when, and what it was before; loaded when opened. */
export function AttendanceHistory({ sessionId }: { sessionId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(1);
  const changes = useAttendanceChanges(sessionId, page, open);

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
          <Pager page={page} pageSize={changes.data.pageSize} total={changes.data.total} label={t('attendance.roster.history')} onPage={setPage} />
        </>
      )}
    </details>
  );
}
