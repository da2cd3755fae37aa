import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditionGroupsResponse, SaveGroupsRequest } from '@koers/shared/network-groups';
import { api } from '../../../lib/api-client';
import { editionGroupsKey } from './get-edition-groups';

/** `PUT /api/editions/:id/groups` → the whole division replaced in one go; answers it as saved. */
export function saveEditionGroups(editionId: string, body: SaveGroupsRequest): Promise<EditionGroupsResponse> {
  return api.put<EditionGroupsResponse>(`/editions/${encodeURIComponent(editionId)}/groups`, body);
}

export function useSaveEditionGroups(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveGroupsRequest) => saveEditionGroups(editionId, body),
    onSuccess: (saved) => queryClient.setQueryData(editionGroupsKey(editionId), saved),
  });
}
