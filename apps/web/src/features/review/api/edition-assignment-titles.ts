import { useQuery } from '@tanstack/react-query';
import type { EditionAssignmentsResponse } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';

/** `GET /api/editions/:id/assignments`, for the queue's assignment filter: only the titles are used here. */
export function useEditionAssignmentTitles(editionId: string | undefined) {
  return useQuery({
    queryKey: ['assignments', 'edition', editionId],
    queryFn: ({ signal }) => api.get<EditionAssignmentsResponse>(`/editions/${editionId}/assignments`, { signal }),
    enabled: Boolean(editionId),
    select: (response) => response.assignments.map(({ id, title }) => ({ id, title })),
  });
}
