import { type InfiniteData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { DiscussionDetail, DiscussionQuery } from '@koers/shared/discussions';
import { useEffect } from 'react';
import { api } from '../../../lib/api-client';
import { unreadDiscussionsKey } from './get-unread';

export const discussionKey = (discussionId: string) => ['discussions', 'thread', discussionId] as const;

/** The pages of a thread loaded so far, oldest first, as the query cache holds them. */
export type DiscussionPages = InfiniteData<DiscussionDetail, DiscussionQuery>;

/** A thread as its first page, for the cache of a thread just started. */
export const firstPage = (thread: DiscussionDetail): DiscussionPages => ({ pages: [thread], pageParams: [{}] });

/**
 * `GET /api/discussions/:id` → the thread, a page of posts at a time: the newest first, earlier ones on request
 * (`?before=`); a refetch goes from the oldest page shown on to the newest (`?after=`). Reading it marks it read,
 * so the lists and the marker are read again.
 */
export function useDiscussion(discussionId: string) {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery<DiscussionDetail, Error, DiscussionPages, ReturnType<typeof discussionKey>, DiscussionQuery>({
    queryKey: discussionKey(discussionId),
    queryFn: ({ signal, pageParam }) => {
      const search = new URLSearchParams(Object.entries(pageParam).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      return api.get<DiscussionDetail>(`/discussions/${encodeURIComponent(discussionId)}${search.size > 0 ? `?${search}` : ''}`, { signal });
    },
    initialPageParam: {},
    getPreviousPageParam: (first) => (first.earlierPosts > 0 && first.posts.length > 0 ? { before: first.posts[0].id } : undefined),
    getNextPageParam: (last) => (last.laterPosts > 0 && last.posts.length > 0 ? { after: last.posts.at(-1)!.id } : undefined),
  });
  const loadedAt = query.dataUpdatedAt;
  useEffect(() => {
    if (!loadedAt) return;
    void queryClient.invalidateQueries({ queryKey: ['discussions', 'edition'] });
    void queryClient.invalidateQueries({ queryKey: unreadDiscussionsKey });
  }, [loadedAt, queryClient]);
  return query;
}
