import { useQuery } from '@tanstack/react-query';
import type { MySubmissionResponse } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

/** `GET /api/assignments/:id/my-submission`: the assignment, my status, and every version I handed in with its feedback. */
export function fetchMySubmission(assignmentId: string, signal?: AbortSignal): Promise<MySubmissionResponse> {
  return api.get<MySubmissionResponse>(`/assignments/${assignmentId}/my-submission`, { signal });
}

export function useMySubmission(assignmentId: string) {
  return useQuery({
    queryKey: [...assignmentsQueryKey, 'mine', assignmentId],
    queryFn: ({ signal }) => fetchMySubmission(assignmentId, signal),
  });
}
