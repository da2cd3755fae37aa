import { useId, useState } from 'react';
import type { WebhookEndpointSummary, WebhookEndpointWithSecret } from '@koers/shared/webhooks';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useRotateWebhookSecret } from '../api/rotate-webhook-secret';
import { useUpdateWebhook } from '../api/update-webhook';
import { WebhookDeliveries } from './webhook-deliveries';

export interface WebhookCardProps {
  endpoint: WebhookEndpointSummary;
  onSecret: (rotated: WebhookEndpointWithSecret) => void;
}

/** One endpoint: where it goes, what it gets, whether it is on, what was delivered, and what the office can change. */
export function WebhookCard({ endpoint, onSecret }: WebhookCardProps) {
  const t = useT();
  const id = useId();
  const update = useUpdateWebhook();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhook();
  const [confirming, setConfirming] = useState(false);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const failure = update.error ?? rotate.error ?? remove.error;
  const named = (action: string) => t('webhooks.actionsFor', { action, url: endpoint.url });

  return (
    <li className="webhook" aria-labelledby={`${id}-url`}>
      <div className="webhook__head">
        <h3 id={`${id}-url`} className="webhook__url">
          {endpoint.url}
        </h3>
        <span className={`webhook-status webhook-status--${endpoint.enabled ? 'delivered' : 'failed'}`}>
          {endpoint.enabled ? (
            t('webhooks.enabled')
          ) : (
            <>
              {t('webhooks.disabledSince')} {endpoint.disabledAt && <DateText value={endpoint.disabledAt} />}
            </>
          )}
        </span>
      </div>
      {endpoint.description && <p>{endpoint.description}</p>}
      <ul className="webhook__events">
        {endpoint.events.map((event) => (
          <li key={event}>{t(`webhooks.event.${event}`)}</li>
        ))}
      </ul>
      {endpoint.enabled && endpoint.failingSince && (
        <p className="webhook__failing">
          {t('webhooks.failingSince')} <DateText value={endpoint.failingSince} />
        </p>
      )}
      {failure && <Alert tone="error">{errorMessage(failure, t)}</Alert>}
      <div className="webhook__actions">
        <Button
          variant="secondary"
          busy={update.isPending}
          aria-label={named(endpoint.enabled ? t('webhooks.switchOff') : t('webhooks.switchOn'))}
          onClick={() => update.mutate({ id: endpoint.id, enabled: !endpoint.enabled })}
        >
          {endpoint.enabled ? t('webhooks.switchOff') : t('webhooks.switchOn')}
        </Button>
        <Button variant="secondary" busy={rotate.isPending} aria-label={named(t('webhooks.rotate'))} onClick={() => rotate.mutate(endpoint.id, { onSuccess: onSecret })}>
          {t('webhooks.rotate')}
        </Button>
        <Button variant="secondary" aria-expanded={showDeliveries} aria-controls={`${id}-deliveries`} onClick={() => setShowDeliveries(!showDeliveries)}>
          {showDeliveries ? t('webhooks.hideDeliveries') : t('webhooks.showDeliveries')}
        </Button>
        {confirming ? (
          <span className="webhook__confirm" role="group" aria-label={t('webhooks.removeConfirm')}>
            <span>{t('webhooks.removeConfirm')}</span>
            <Button variant="primary" busy={remove.isPending} aria-label={named(t('webhooks.removeYes'))} onClick={() => remove.mutate(endpoint.id)}>
              {t('webhooks.removeYes')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              {t('webhooks.removeNo')}
            </Button>
          </span>
        ) : (
          <Button variant="quiet" aria-label={named(t('webhooks.remove'))} onClick={() => setConfirming(true)}>
            {t('webhooks.remove')}
          </Button>
        )}
      </div>
      <div id={`${id}-deliveries`}>
        {showDeliveries && (
          <section aria-label={named(t('webhooks.deliveries'))}>
            <WebhookDeliveries endpointId={endpoint.id} pagerLabel={t('webhooks.deliveriesTo', { url: endpoint.url })} />
          </section>
        )}
      </div>
    </li>
  );
}
