import { useQuery } from '@tanstack/react-query';
import type { SubmissionDetailResponse } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';
import { reviewQueryKey } from './review-queue';

/** `GET /api/submissions/:id`: the submission with every version of that participant's work on the assignment. */
export function fetchSubmission(submissionId: string, signal?: AbortSignal): Promise<SubmissionDetailResponse> {
  return api.get<SubmissionDetailResponse>(`/submissions/${submissionId}`, { signal });
}

export function useSubmission(submissionId: string) {
  return useQuery({
    queryKey: [...reviewQueryKey, 'submission', submissionId],
    queryFn: ({ signal }) => fetchSubmission(submissionId, signal),
  });
}
