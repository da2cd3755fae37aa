import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type DeliverySummary,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '@koers/shared/notifications';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { Pager } from '../../../components/pager';
import { SelectField } from '../../../components/select-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useDeliveries } from '../api/list-deliveries';
import { outboxFileUrl, useOutbox } from '../api/list-outbox';
import { useRetryDelivery } from '../api/retry-delivery';
import { DeliveryCard } from '../components/delivery-card';
import '../notifications.css';

const PARAM = { status: 'status', kind: 'soort', page: 'pagina', outboxPage: 'outbox' } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;
const pageParam = (value: string | null) => Math.max(1, Number(value) || 1);

/** The programme office's view of outgoing mail: every delivery with its state, failed ones to retry, and the outbox. */
export function MailPage() {
  const t = useT();
  usePageTitle(t('notifications.mail.title'));
  const id = useId();
  const [params, setParams] = useSearchParams();
  const status = oneOf(DELIVERY_STATUSES, params.get(PARAM.status));
  const kind = oneOf(NOTIFICATION_KINDS, params.get(PARAM.kind));
  const page = pageParam(params.get(PARAM.page));
  const outboxPage = pageParam(params.get(PARAM.outboxPage));
  const deliveries = useDeliveries({ status, kind, page });
  const inOutboxMode = deliveries.data?.mailMode === 'outbox';
  const outbox = useOutbox(outboxPage, inOutboxMode);
  const retry = useRetryDelivery();
  const [retried, setRetried] = useState<DeliverySummary | null>(null);

  const go = (next: Partial<{ status: DeliveryStatus; kind: NotificationKind; page: number; outboxPage: number }>) => {
    const query = new URLSearchParams();
    const values = { status, kind, page, outboxPage, ...next };
    if (values.status) query.set(PARAM.status, values.status);
    if (values.kind) query.set(PARAM.kind, values.kind);
    if (values.page > 1) query.set(PARAM.page, String(values.page));
    if (values.outboxPage > 1) query.set(PARAM.outboxPage, String(values.outboxPage));
    setParams(query);
  };

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setRetried(null);
    go({
      status: oneOf(DELIVERY_STATUSES, String(form.get('status'))),
      kind: oneOf(NOTIFICATION_KINDS, String(form.get('kind'))),
      page: 1,
    });
  };

  const onRetry = (delivery: DeliverySummary) => {
    setRetried(null);
    retry.mutate(delivery.id, { onSuccess: () => setRetried(delivery) });
  };

  const data = deliveries.data;
  return (
    <>
      <h1>{t('notifications.mail.title')}</h1>
      {data && <p>{inOutboxMode ? t('notifications.mail.modeOutbox') : t('notifications.mail.modeSmtp')}</p>}

      <form className="form mail-filters" noValidate onSubmit={onFilter} aria-label={t('notifications.mail.filters')}>
        <SelectField
          key={`status-${status}`}
          label={t('notifications.mail.filterStatus')}
          name="status"
          defaultValue={status ?? ''}
          options={[{ value: '', label: t('notifications.mail.all') }, ...DELIVERY_STATUSES.map((value) => ({ value, label: t(`notifications.status.${value}`) }))]}
        />
        <SelectField
          key={`kind-${kind}`}
          label={t('notifications.mail.filterKind')}
          name="kind"
          defaultValue={kind ?? ''}
          options={[{ value: '', label: t('notifications.mail.all') }, ...NOTIFICATION_KINDS.map((value) => ({ value, label: t(`notifications.kind.${value}`) }))]}
        />
        <div className="form__actions">
          <Button type="submit">{t('notifications.mail.apply')}</Button>
        </div>
      </form>

      <div aria-live="polite">
        {retried && <Alert tone="success" live="off">{t('notifications.mail.retried', { name: retried.recipient.name })}</Alert>}
      </div>
      {retry.isError && <Alert tone="error">{errorMessage(retry.error, t)}</Alert>}

      <section aria-labelledby={`${id}-deliveries`} aria-busy={deliveries.isFetching || undefined}>
        <h2 id={`${id}-deliveries`}>{t('notifications.mail.deliveries')}</h2>
        {deliveries.isPending ? (
          <p role="status">{t('app.loading')}</p>
        ) : deliveries.isError ? (
          <Alert tone="error">{errorMessage(deliveries.error, t)}</Alert>
        ) : (
          <>
            <p role="status">
              {t('notifications.mail.counts', { pending: data!.counts.pending, sent: data!.counts.sent, failed: data!.counts.failed })}
            </p>
            {data!.items.length === 0 ? (
              <p>{t('notifications.mail.empty')}</p>
            ) : (
              <>
                <p className="notice">{t('notifications.mail.total', { count: data!.total })}</p>
                <ul className="deliveries">
                  {data!.items.map((delivery) => (
                    <DeliveryCard
                      key={delivery.id}
                      delivery={delivery}
                      retrying={retry.isPending && retry.variables === delivery.id}
                      onRetry={onRetry}
                    />
                  ))}
                </ul>
              </>
            )}
            <Pager page={page} pageSize={data!.pageSize} total={data!.total} label={t('notifications.mail.deliveries')} onPage={(next) => go({ page: next })} />
          </>
        )}
      </section>

      {inOutboxMode && (
        <section aria-labelledby={`${id}-outbox`} aria-busy={outbox.isFetching || undefined}>
          <h2 id={`${id}-outbox`}>{t('notifications.mail.outbox')}</h2>
          <p>{t('notifications.mail.outboxIntro')}</p>
          {outbox.isPending ? (
            <p role="status">{t('app.loading')}</p>
          ) : outbox.isError ? (
            <Alert tone="error">{errorMessage(outbox.error, t)}</Alert>
          ) : outbox.data.items.length === 0 ? (
            <p>{t('notifications.mail.outboxEmpty')}</p>
          ) : (
            <>
              <ul className="outbox-files">
                {outbox.data.items.map((file) => (
                  <li key={file.name}>
                    <a href={outboxFileUrl(file.name)} download>
                      {file.name}
                    </a>{' '}
                    <span className="notice">
                      <DateText value={file.writtenAt} /> · {t('notifications.mail.fileSize', { size: Math.max(1, Math.round(file.sizeBytes / 1024)) })}
                    </span>
                  </li>
                ))}
              </ul>
              <Pager
                page={outboxPage}
                pageSize={outbox.data.pageSize}
                total={outbox.data.total}
                label={t('notifications.mail.outbox')}
                onPage={(next) => go({ outboxPage: next })}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}
