import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRequest, FeedbackSummary } from '@koers/shared/assignments';
import { ApiError, api } from '../../../lib/api-client';
import { reviewQueryKey } from './review-queue';

/**
 * `POST /api/submissions/:id/feedback`: 409 when a newer version came in or a colleague gave a verdict meanwhile, 400
 * when "revise" has no comment.
 */
export function giveFeedback(submissionId: string, body: FeedbackRequest): Promise<FeedbackSummary> {
  return api.post<FeedbackSummary>(`/submissions/${submissionId}/feedback`, body);
}

export function useGiveFeedback(submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackRequest) => giveFeedback(submissionId, body),
    // A colleague's verdict (or a new version) that came in meanwhile is shown, and what is sent next replaces it.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: reviewQueryKey });
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewQueryKey }),
        // The participant's views and the overview show the new status.
        queryClient.invalidateQueries({ queryKey: ['assignments'] }),
      ]);
    },
  });
}
