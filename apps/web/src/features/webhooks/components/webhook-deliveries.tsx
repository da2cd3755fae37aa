import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { Pager } from '../../../components/pager';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useWebhookDeliveries } from '../api/list-webhook-deliveries';

/**
 * One endpoint's deliveries, newest first, a page at a time: event, state, attempts and the last answer. The pager
 * is a landmark of its own, so it has a name of its own (`pagerLabel`), not the list's.
 */
export function WebhookDeliveries({ endpointId, pagerLabel }: { endpointId: string; pagerLabel: string }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(endpointId, page);
  if (deliveries.isPending) return <p role="status">{t('app.loading')}</p>;
  if (deliveries.isError) return <Alert tone="error">{errorMessage(deliveries.error, t)}</Alert>;
  const { items, total, pageSize } = deliveries.data;
  if (items.length === 0) return <p>{t('webhooks.deliveriesEmpty')}</p>;
  return (
    <div aria-busy={deliveries.isFetching || undefined}>
      <ul className="webhook-deliveries">
        {items.map((delivery) => (
          <li key={delivery.id} className="webhook-delivery">
            <div className="webhook-delivery__head">
              <code>{delivery.event}</code>
              <span className={`webhook-status webhook-status--${delivery.status}`}>{t(`webhooks.status.${delivery.status}`)}</span>
              <span>{t('webhooks.attempts', { count: delivery.attempts })}</span>
            </div>
            <dl className="webhook-delivery__facts">
              <div>
                <dt>{t('webhooks.lastAttempt')}</dt>
                <dd>
                  <DateText value={delivery.lastAttemptAt ?? delivery.createdAt} />
                </dd>
              </div>
              {delivery.nextAttemptAt && (
                <div>
                  <dt>{t('webhooks.nextAttempt')}</dt>
                  <dd>
                    <DateText value={delivery.nextAttemptAt} />
                  </dd>
                </div>
              )}
              {delivery.attempts > 0 && (
                <div>
                  <dt>{t('webhooks.answer')}</dt>
                  <dd>
                    {delivery.responseStatus ?? t('webhooks.noAnswer')}
                    {delivery.responseSnippet && <code className="webhook-delivery__snippet">{delivery.responseSnippet}</code>}
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
      <Pager page={page} pageSize={pageSize} total={total} label={pagerLabel} onPage={setPage} />
    </div>
  );
}
