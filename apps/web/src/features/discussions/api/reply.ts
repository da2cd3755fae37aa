import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DiscussionDetail, DiscussionPost, ReplyRequest } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { discussionKey } from './get-discussion';

/** `POST /api/discussions/:id/replies` → the reply, added to the thread shown. */
export function useReply(discussionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyRequest) => api.post<DiscussionPost>(`/discussions/${encodeURIComponent(discussionId)}/replies`, body),
    onSuccess: (post) =>
      queryClient.setQueryData<DiscussionDetail>(discussionKey(discussionId), (thread) => thread && { ...thread, posts: [...thread.posts, post] }),
  });
}
