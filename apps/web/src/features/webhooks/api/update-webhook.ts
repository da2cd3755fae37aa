import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateWebhookEndpointRequest, WebhookEndpointSummary } from '@koers/shared/webhooks';
import { api } from '../../../lib/api-client';
import { webhooksKey } from './list-webhooks';

/** `PATCH /api/webhooks/:id` → the endpoint; `enabled: true` switches one that was switched off back on. */
export function updateWebhook({ id, ...body }: UpdateWebhookEndpointRequest & { id: string }): Promise<WebhookEndpointSummary> {
  return api.patch<WebhookEndpointSummary>(`/webhooks/${encodeURIComponent(id)}`, body);
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateWebhook, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }) });
}
