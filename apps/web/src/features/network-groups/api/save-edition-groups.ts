import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveGroupsRequest, SavedGroupsResponse } from '@koers/shared/network-groups';
import { api } from '../../../lib/api-client';
import { editionGroupsKey } from './get-edition-groups';

/** `PUT /api/editions/:id/groups` → the whole division replaced in one go; answers it as saved, with its warnings. */
export function saveEditionGroups(editionId: string, body: SaveGroupsRequest): Promise<SavedGroupsResponse> {
  return api.put<SavedGroupsResponse>(`/editions/${encodeURIComponent(editionId)}/groups`, body);
}

export function useSaveEditionGroups(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveGroupsRequest) => saveEditionGroups(editionId, body),
    onSuccess: ({ warnings: _, ...saved }) => queryClient.setQueryData(editionGroupsKey(editionId), saved),
  });
}
