import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { deliveriesKey } from './list-deliveries';

/** `POST /api/notifications/deliveries/:id/retry` → 204: a failed mail gets a fresh set of attempts; 404 when it is not failed. */
export function retryDelivery(id: string): Promise<void> {
  return api.post<void>(`/notifications/deliveries/${encodeURIComponent(id)}/retry`);
}

export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryDelivery,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveriesKey }),
  });
}
