import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DiscussionDetail } from '@koers/shared/discussions';
import { useEffect } from 'react';
import { api } from '../../../lib/api-client';
import { unreadDiscussionsKey } from './get-unread';

export const discussionKey = (discussionId: string) => ['discussions', 'thread', discussionId] as const;

/** `GET /api/discussions/:id` → the thread; reading it marks it read, so the lists and the marker are read again. */
export function useDiscussion(discussionId: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: discussionKey(discussionId),
    queryFn: ({ signal }) => api.get<DiscussionDetail>(`/discussions/${encodeURIComponent(discussionId)}`, { signal }),
  });
  const loadedAt = query.dataUpdatedAt;
  useEffect(() => {
    if (!loadedAt) return;
    void queryClient.invalidateQueries({ queryKey: ['discussions', 'edition'] });
    void queryClient.invalidateQueries({ queryKey: unreadDiscussionsKey });
  }, [loadedAt, queryClient]);
  return query;
}
