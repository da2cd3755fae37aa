import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnreadDiscussions } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { meQueryKey, waitingOf } from '../../../lib/session';

export const unreadDiscussionsKey = ['discussions', 'unread'] as const;

const CHECKED_EVERY_MS = 60_000;

/**
 * `GET /api/me/discussions/unread` → how many threads hold posts the viewer has not read; checked again every minute.
 * The first count comes with `/api/me`, so the menu asks for nothing more on the first screen.
 */
export function useUnreadDiscussions(enabled: boolean) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: unreadDiscussionsKey,
    queryFn: ({ signal }) => api.get<UnreadDiscussions>('/me/discussions/unread', { signal }),
    enabled,
    initialData: () => {
      const waiting = waitingOf(queryClient);
      return waiting && { threads: waiting.unreadDiscussionThreads };
    },
    initialDataUpdatedAt: () => queryClient.getQueryState(meQueryKey)?.dataUpdatedAt,
    staleTime: CHECKED_EVERY_MS,
    refetchInterval: CHECKED_EVERY_MS,
  });
}
