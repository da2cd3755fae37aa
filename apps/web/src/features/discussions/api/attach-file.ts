import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DiscussionAttachment } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { discussionKey } from './get-discussion';

/** `POST /api/discussion-posts/:id/attachments` (multipart, field `file`) on one's own post; 413 over 25 MB, 415 for other types. */
export function useAttachFile(discussionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, file }: { postId: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.post<DiscussionAttachment>(`/discussion-posts/${encodeURIComponent(postId)}/attachments`, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: discussionKey(discussionId) }),
  });
}

/** Where a post's file downloads. */
export const attachmentUrl = (attachmentId: string) => `/api/discussion-attachments/${encodeURIComponent(attachmentId)}`;
