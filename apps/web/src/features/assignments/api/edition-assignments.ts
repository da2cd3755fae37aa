import { useQuery } from '@tanstack/react-query';
import type { EditionAssignmentsResponse } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';

export const assignmentsQueryKey = ['assignments'] as const;

/** `GET /api/editions/:id/assignments`: the edition's assignments, with the viewer's own status (participants) or extensions (trainers). */
export function fetchEditionAssignments(editionId: string, signal?: AbortSignal): Promise<EditionAssignmentsResponse> {
  return api.get<EditionAssignmentsResponse>(`/editions/${editionId}/assignments`, { signal });
}

export function useEditionAssignments(editionId: string) {
  return useQuery({
    queryKey: [...assignmentsQueryKey, 'edition', editionId],
    queryFn: ({ signal }) => fetchEditionAssignments(editionId, signal),
  });
}
