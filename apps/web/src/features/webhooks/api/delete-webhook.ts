import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhooksKey } from './list-webhooks';

/** `DELETE /api/webhooks/:id` → 204; its deliveries go with it. */
export function deleteWebhook(id: string): Promise<void> {
  return api.delete<void>(`/webhooks/${encodeURIComponent(id)}`);
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteWebhook, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }) });
}
