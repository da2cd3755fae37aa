import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { OutboxFileSummary } from '@koers/shared/notifications';
import { API_BASE, api } from '../../../lib/api-client';

/** `GET /api/notifications/outbox?page=` → the `.eml` files Koers wrote while no SMTP server is set, newest first. */
export function listOutbox(page: number, signal?: AbortSignal): Promise<Page<OutboxFileSummary>> {
  return api.get<Page<OutboxFileSummary>>(`/notifications/outbox?page=${page}`, { signal });
}

/** `GET /api/notifications/outbox/:fileName`: the mail itself, for the browser to download. */
export const outboxFileUrl = (fileName: string) => `${API_BASE}/notifications/outbox/${encodeURIComponent(fileName)}`;

export function useOutbox(page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'outbox', page],
    queryFn: ({ signal }) => listOutbox(page, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
