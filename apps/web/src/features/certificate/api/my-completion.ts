import { useQuery } from '@tanstack/react-query';
import type { CompletionStatus } from '@koers/shared/completion';
import { api } from '../../../lib/api-client';

/** `GET /api/me/completion/:editionId`: each completion condition, and the certificate link once completed. */
export function fetchMyCompletion(editionId: string, signal?: AbortSignal): Promise<CompletionStatus> {
  return api.get<CompletionStatus>(`/me/completion/${editionId}`, { signal });
}

export function useMyCompletion(editionId: string) {
  return useQuery({
    queryKey: ['completion', editionId],
    queryFn: ({ signal }) => fetchMyCompletion(editionId, signal),
  });
}
