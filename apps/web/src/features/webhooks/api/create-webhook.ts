import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookEndpointRequest, WebhookEndpointWithSecret } from '@koers/shared/webhooks';
import { api } from '../../../lib/api-client';
import { webhooksKey } from './list-webhooks';

/** `POST /api/webhooks` → 201 with the endpoint and its signing secret (only in this answer); 400 on a bad address or event. */
export function createWebhook(body: CreateWebhookEndpointRequest): Promise<WebhookEndpointWithSecret> {
  return api.post<WebhookEndpointWithSecret>('/webhooks', body);
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createWebhook, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }) });
}
