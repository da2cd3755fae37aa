import { useQuery } from '@tanstack/react-query';
import type { EditionGroupsResponse } from '@koers/shared/network-groups';
import { api } from '../../../lib/api-client';

export const editionGroupsKey = (editionId: string) => ['network-groups', editionId] as const;

/** `GET /api/editions/:id/groups` → the division, who is in no group, who may lead one. */
export function fetchEditionGroups(editionId: string, signal?: AbortSignal): Promise<EditionGroupsResponse> {
  return api.get<EditionGroupsResponse>(`/editions/${encodeURIComponent(editionId)}/groups`, { signal });
}

/**
 * Read once per visit: the editor starts from what it read (a fetch on returning to the tab would redraw it and lose
 * the moves not saved yet); a save made meanwhile by someone else is refused and offers to read again.
 */
export function useEditionGroups(editionId: string) {
  return useQuery({
    queryKey: editionGroupsKey(editionId),
    queryFn: ({ signal }) => fetchEditionGroups(editionId, signal),
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
