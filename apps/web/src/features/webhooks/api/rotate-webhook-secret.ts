import { useMutation } from '@tanstack/react-query';
import type { WebhookEndpointWithSecret } from '@koers/shared/webhooks';
import { api } from '../../../lib/api-client';

/** `POST /api/webhooks/:id/secret` → a new signing secret, shown only in this answer; the old one stops at once. */
export function rotateWebhookSecret(id: string): Promise<WebhookEndpointWithSecret> {
  return api.post<WebhookEndpointWithSecret>(`/webhooks/${encodeURIComponent(id)}/secret`);
}

export function useRotateWebhookSecret() {
  return useMutation({ mutationFn: rotateWebhookSecret });
}
