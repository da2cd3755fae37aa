import { useQuery } from '@tanstack/react-query';
import type { UnreadDiscussions } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';

export const unreadDiscussionsKey = ['discussions', 'unread'] as const;

/** `GET /api/me/discussions/unread` → how many threads hold posts the viewer has not read; checked again every minute. */
export function useUnreadDiscussions(enabled: boolean) {
  return useQuery({
    queryKey: unreadDiscussionsKey,
    queryFn: ({ signal }) => api.get<UnreadDiscussions>('/me/discussions/unread', { signal }),
    enabled,
    refetchInterval: 60_000,
  });
}
