import { Alert } from '../../../components/alert';
import { errorMessage } from '../../../lib/error-message';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useMyCompletion } from '../api/my-completion';

/** Where the participant stands on completing one edition, condition by condition, with the certificate once completed. */
export function CompletionCard({ editionId, editionName }: { editionId: string; editionName: string }) {
  const { t, language } = useI18n();
  const completion = useMyCompletion(editionId);
  const headingId = `completion-${editionId}`;

  return (
    <section className="card completion" aria-labelledby={headingId}>
      <h2 id={headingId}>{editionName}</h2>
      {completion.isPending && <p role="status">{t('app.loading')}</p>}
      {completion.isError && <Alert tone="error">{errorMessage(completion.error, t)}</Alert>}
      {completion.data && (
        <>
          <ul className="completion__conditions">
            <li>
              <span className="completion__mark" aria-hidden="true">
                {completion.data.attendance.met ? '✓' : '○'}
              </span>
              {t('certificate.attendance', {
                attended: completion.data.attendance.attended,
                count: completion.data.attendance.counted,
                threshold: completion.data.attendance.thresholdPercent,
              })}{' '}
              <span className="visually-hidden">{completion.data.attendance.met ? t('certificate.met') : t('certificate.notMet')}</span>
            </li>
            {completion.data.assignments.required && (
              <li>
                <span className="completion__mark" aria-hidden="true">
                  {completion.data.assignments.met ? '✓' : '○'}
                </span>
                {t('certificate.assignments', { approved: completion.data.assignments.approved, count: completion.data.assignments.total })}{' '}
                <span className="visually-hidden">{completion.data.assignments.met ? t('certificate.met') : t('certificate.notMet')}</span>
              </li>
            )}
            {completion.data.programmeDaysRemaining > 0 && (
              <li>
                <span className="completion__mark" aria-hidden="true">
                  ○
                </span>
                {t('certificate.daysRemaining', { count: completion.data.programmeDaysRemaining })}
              </li>
            )}
          </ul>
          {completion.data.certificateUrl ? (
            <>
              {completion.data.completed ? (
                <p className="completion__done">{t('certificate.completed')}</p>
              ) : (
                // Issued, and the records behind it corrected since: the certificate stands, as issued.
                <p>{t('certificate.issued', { date: formatDate(completion.data.certificateIssuedAt ?? '', language) })}</p>
              )}
              <div className="completion__downloads">
                <a className="button button--primary" href={completion.data.certificateUrl} download>
                  {t('certificate.download')}
                </a>
                {completion.data.badgeUrl && (
                  <a className="button button--secondary" href={completion.data.badgeUrl} download aria-describedby={`${headingId}-badge`}>
                    {t('certificate.badge')}
                  </a>
                )}
              </div>
              {completion.data.badgeUrl && (
                <p id={`${headingId}-badge`} className="completion__hint">
                  {t('certificate.badgeHint')}
                </p>
              )}
            </>
          ) : completion.data.certificateRevoked ? (
            <Alert tone="info">
              {t('certificate.revoked', { date: formatDate(completion.data.certificateRevoked.revokedAt, language), reason: completion.data.certificateRevoked.reason })}
            </Alert>
          ) : (
            <p>{completion.data.editionCompleted ? t('certificate.notCompleted') : t('certificate.notYet')}</p>
          )}
        </>
      )}
    </section>
  );
}
