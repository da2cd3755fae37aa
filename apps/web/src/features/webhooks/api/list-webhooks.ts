import { useQuery } from '@tanstack/react-query';
import type { WebhookEndpointSummary } from '@koers/shared/webhooks';
import { api } from '../../../lib/api-client';

export const webhooksKey = ['webhooks'] as const;

/** `GET /api/webhooks` → every endpoint, oldest first (programme office only). */
export function listWebhooks(signal?: AbortSignal): Promise<WebhookEndpointSummary[]> {
  return api.get<WebhookEndpointSummary[]>('/webhooks', { signal });
}

export function useWebhooks() {
  return useQuery({ queryKey: webhooksKey, queryFn: ({ signal }) => listWebhooks(signal) });
}
