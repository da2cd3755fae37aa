import { useQuery } from '@tanstack/react-query';
import type { DiscussionGroup } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';

/** `GET /api/editions/:id/discussions/groups` → the network groups whose threads the viewer reads and may start. */
export function fetchDiscussionGroups(editionId: string, signal?: AbortSignal): Promise<DiscussionGroup[]> {
  return api.get<DiscussionGroup[]>(`/editions/${encodeURIComponent(editionId)}/discussions/groups`, { signal });
}

export function useDiscussionGroups(editionId: string | undefined) {
  return useQuery({
    queryKey: ['discussions', 'groups', editionId],
    queryFn: ({ signal }) => fetchDiscussionGroups(editionId!, signal),
    enabled: editionId !== undefined,
  });
}
