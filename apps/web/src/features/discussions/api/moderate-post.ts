import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HidePostRequest, ReportPostRequest } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { discussionKey } from './get-discussion';

/** `POST /api/discussion-posts/:id/hide` (trainers, facilitators); the thread is read again. */
export function useHidePost(discussionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, ...body }: HidePostRequest & { postId: string }) => api.post<void>(`/discussion-posts/${encodeURIComponent(postId)}/hide`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: discussionKey(discussionId) }),
  });
}

/** `POST /api/discussion-posts/:id/report`: anyone who reads a post tells the moderators about it. */
export function useReportPost() {
  return useMutation({
    mutationFn: ({ postId, ...body }: ReportPostRequest & { postId: string }) => api.post<void>(`/discussion-posts/${encodeURIComponent(postId)}/report`, body),
  });
}
