import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DiscussionPost, ReplyRequest } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { type DiscussionPages, discussionKey } from './get-discussion';

/** `POST /api/discussions/:id/replies` → the reply, added to the thread shown. */
export function useReply(discussionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyRequest) => api.post<DiscussionPost>(`/discussions/${encodeURIComponent(discussionId)}/replies`, body),
    // The reply goes below the newest page, the first held.
    onSuccess: (post) =>
      queryClient.setQueryData<DiscussionPages>(discussionKey(discussionId), (thread) => {
        const [newest, ...older] = thread?.pages ?? [];
        return thread && newest && { ...thread, pages: [{ ...newest, posts: [...newest.posts, post] }, ...older] };
      }),
  });
}
