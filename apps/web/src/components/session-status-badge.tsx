import type { SessionStatus } from '@koers/shared/domain';
import { formatDateTime } from '../lib/dates';
import { useI18n } from '../lib/i18n';
import './session-info.css';

/** Cancelled and moved sessions are marked in words, never by colour alone. */
export function SessionStatusBadge({ status, movedFrom }: { status: SessionStatus; movedFrom?: string | null }) {
  const { t, language } = useI18n();
  if (status === 'cancelled') return <span className="badge badge--cancelled">{t('session.status.cancelled')}</span>;
  if (status !== 'moved') return null;
  return (
    <span className="badge badge--moved">
      {movedFrom ? t('session.status.movedFrom', { date: formatDateTime(movedFrom, language) }) : t('session.status.moved')}
    </span>
  );
}
