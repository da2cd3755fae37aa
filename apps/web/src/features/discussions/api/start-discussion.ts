import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DiscussionDetail, StartDiscussionRequest } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { discussionKey, firstPage } from './get-discussion';

/** `POST /api/editions/:id/discussions` → the new thread. */
export function useStartDiscussion(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartDiscussionRequest) => api.post<DiscussionDetail>(`/editions/${encodeURIComponent(editionId)}/discussions`, body),
    onSuccess: (thread) => {
      queryClient.setQueryData(discussionKey(thread.id), firstPage(thread));
      void queryClient.invalidateQueries({ queryKey: ['discussions', 'edition', editionId] });
    },
  });
}
