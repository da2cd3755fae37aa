import { type InfiniteData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { DiscussionDetail, DiscussionQuery } from '@koers/shared/discussions';
import { useEffect } from 'react';
import { api } from '../../../lib/api-client';
import { unreadDiscussionsKey } from './get-unread';

export const discussionKey = (discussionId: string) => ['discussions', 'thread', discussionId] as const;

/** The pages of a thread loaded so far, newest first, as the query cache holds them. */
export type DiscussionPages = InfiniteData<DiscussionDetail, DiscussionQuery>;

/** A thread as its first page, for the cache of a thread just started. */
export const firstPage = (thread: DiscussionDetail): DiscussionPages => ({ pages: [thread], pageParams: [{}] });

/**
 * `GET /api/discussions/:id` → the thread, a page of posts at a time: the newest first, earlier ones on request
 * (`?before=`). Pages are held newest first, so a refetch starts from the newest posts and reads back from there
 * without a gap. Reading it marks it read, so the lists and the marker are read again.
 */
export function useDiscussion(discussionId: string) {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery<DiscussionDetail, Error, DiscussionPages, ReturnType<typeof discussionKey>, DiscussionQuery>({
    queryKey: discussionKey(discussionId),
    queryFn: ({ signal, pageParam }) => {
      const search = pageParam.before ? `?${new URLSearchParams({ before: pageParam.before })}` : '';
      return api.get<DiscussionDetail>(`/discussions/${encodeURIComponent(discussionId)}${search}`, { signal });
    },
    initialPageParam: {},
    getNextPageParam: (oldest) => (oldest.earlierPosts > 0 && oldest.posts.length > 0 ? { before: oldest.posts[0].id } : undefined),
  });
  const loadedAt = query.dataUpdatedAt;
  useEffect(() => {
    if (!loadedAt) return;
    void queryClient.invalidateQueries({ queryKey: ['discussions', 'edition'] });
    void queryClient.invalidateQueries({ queryKey: unreadDiscussionsKey });
  }, [loadedAt, queryClient]);
  return query;
}
