import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRequest, FeedbackSummary } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';
import { reviewQueryKey } from './review-queue';

/** `POST /api/submissions/:id/feedback`: 409 when a newer version came in, 400 when "revise" has no comment. */
export function giveFeedback(submissionId: string, body: FeedbackRequest): Promise<FeedbackSummary> {
  return api.post<FeedbackSummary>(`/submissions/${submissionId}/feedback`, body);
}

export function useGiveFeedback(submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackRequest) => giveFeedback(submissionId, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewQueryKey }),
        // The participant's views and the overview show the new status.
        queryClient.invalidateQueries({ queryKey: ['assignments'] }),
      ]);
    },
  });
}
