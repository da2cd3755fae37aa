import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DiscussionPost, ReplyRequest } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { type DiscussionPages, discussionKey } from './get-discussion';

/** `POST /api/discussions/:id/replies` → the reply, added to the thread shown. */
export function useReply(discussionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyRequest) => api.post<DiscussionPost>(`/discussions/${encodeURIComponent(discussionId)}/replies`, body),
    // The reply goes below the newest page shown (or, with newer pages still to load, comes with them).
    onSuccess: (post) =>
      queryClient.setQueryData<DiscussionPages>(discussionKey(discussionId), (thread) => {
        const newest = thread?.pages.at(-1);
        if (!thread || !newest || newest.laterPosts > 0) return thread;
        return { ...thread, pages: [...thread.pages.slice(0, -1), { ...newest, posts: [...newest.posts, post] }] };
      }),
  });
}
