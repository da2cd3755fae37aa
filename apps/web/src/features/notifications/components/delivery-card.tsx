import type { DeliverySummary } from '@koers/shared/notifications';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { useT } from '../../../lib/i18n';
import { outboxFileUrl } from '../api/list-outbox';

export interface DeliveryCardProps {
  delivery: DeliverySummary;
  retrying: boolean;
  onRetry: (delivery: DeliverySummary) => void;
}

/** One mail to one person: what, to whom, how it went, and what the programme office can do about it. */
export function DeliveryCard({ delivery, retrying, onRetry }: DeliveryCardProps) {
  const t = useT();
  const { recipient } = delivery;
  return (
    <li className="delivery">
      <div className="delivery__head">
        <span className="delivery__kind">{t(`notifications.kind.${delivery.kind}`)}</span>
        <span className={`delivery__status delivery__status--${delivery.status}`}>{t(`notifications.status.${delivery.status}`)}</span>
      </div>
      <p className="delivery__recipient">
        {recipient.name} <span className="delivery__email">&lt;{recipient.email}&gt;</span>
      </p>
      <dl className="delivery__facts">
        <div>
          <dt>{t('notifications.mail.created')}</dt>
          <dd>
            <DateText value={delivery.createdAt} />
          </dd>
        </div>
        {delivery.sentAt ? (
          <div>
            <dt>{t('notifications.mail.sentAt')}</dt>
            <dd>
              <DateText value={delivery.sentAt} />
            </dd>
          </div>
        ) : (
          delivery.status === 'pending' && (
            <div>
              <dt>{t('notifications.mail.nextAttempt')}</dt>
              <dd>
                <DateText value={delivery.nextAttemptAt} />
              </dd>
            </div>
          )
        )}
        <div>
          <dt>{t('notifications.mail.attempts')}</dt>
          <dd>{delivery.attempts}</dd>
        </div>
        {delivery.lastError && (
          <div className="delivery__error">
            <dt>{t('notifications.mail.lastError')}</dt>
            <dd>{delivery.lastError}</dd>
          </div>
        )}
      </dl>
      {(delivery.outboxFile || delivery.status === 'failed') && (
        <div className="delivery__actions">
          {delivery.outboxFile && (
            <a href={outboxFileUrl(delivery.outboxFile)} download aria-label={t('notifications.mail.openFor', { name: recipient.name })}>
              {t('notifications.mail.open')}
            </a>
          )}
          {delivery.status === 'failed' && (
            <Button variant="secondary" busy={retrying} onClick={() => onRetry(delivery)} aria-label={t('notifications.mail.retryFor', { name: recipient.name })}>
              {t('notifications.mail.retry')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
