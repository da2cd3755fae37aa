import type { EditionSession } from '@koers/shared/editions';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useSessionChanges } from '../api/session-changes';

/** What the session was before each change, newest first; loaded when the admin opens it. */
export function SessionHistory({ editionId, session }: { editionId: string; session: EditionSession }) {
  const t = useT();
  const changes = useSessionChanges(editionId, session.id);
  if (changes.isPending) return <p role="status">{t('app.loading')}</p>;
  if (changes.isError) return <Alert tone="error">{errorMessage(changes.error, t)}</Alert>;
  if (changes.data.length === 0) return <p>{t('editions.history.none')}</p>;
  return (
    <ol>
      {changes.data.map((change) => (
        <li key={change.id}>
          <DateText value={change.changedAt} /> · {t(`editions.history.${change.status}`)}
          {change.changedByName && ` · ${change.changedByName}`}. {t('editions.history.was')} <DateText value={change.previous.startsAt} />
          {change.previous.location && `, ${change.previous.location}`}
          {change.reason && ` (${change.reason})`}
        </li>
      ))}
    </ol>
  );
}
