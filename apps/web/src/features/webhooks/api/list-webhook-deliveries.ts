import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { WebhookDeliverySummary } from '@koers/shared/webhooks';
import { api } from '../../../lib/api-client';
import { webhooksKey } from './list-webhooks';

/** `GET /api/webhooks/:id/deliveries?page=` → one page of the endpoint's deliveries, newest first. */
export function listWebhookDeliveries(id: string, page: number, signal?: AbortSignal): Promise<Page<WebhookDeliverySummary>> {
  return api.get<Page<WebhookDeliverySummary>>(`/webhooks/${encodeURIComponent(id)}/deliveries?page=${page}`, { signal });
}

export function useWebhookDeliveries(id: string, page: number) {
  return useQuery({
    queryKey: [...webhooksKey, id, 'deliveries', page],
    queryFn: ({ signal }) => listWebhookDeliveries(id, page, signal),
    placeholderData: keepPreviousData,
  });
}
