import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DeliveriesPage, DeliveriesQuery } from '@koers/shared/notifications';
import { api } from '../../../lib/api-client';

export const deliveriesKey = ['notifications', 'deliveries'] as const;

/** `GET /api/notifications/deliveries?status=&kind=&page=` → one page of outgoing mail, newest first (admins only). */
export function listDeliveries(query: DeliveriesQuery, signal?: AbortSignal): Promise<DeliveriesPage> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  return api.get<DeliveriesPage>(`/notifications/deliveries?${params.toString()}`, { signal });
}

export function useDeliveries(query: DeliveriesQuery) {
  return useQuery({
    queryKey: [...deliveriesKey, query],
    queryFn: ({ signal }) => listDeliveries(query, signal),
    placeholderData: keepPreviousData,
  });
}
