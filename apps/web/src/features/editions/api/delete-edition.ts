import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { editionKey } from './edition';
import { editionsKey } from '../../../lib/editions';

/** `DELETE /api/editions/:id` → 204 for a draft; 409 `edition_not_draft` once it is published. */
export function deleteEdition(editionId: string): Promise<void> {
  return api.delete<void>(`/editions/${encodeURIComponent(editionId)}`);
}

export function useDeleteEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEdition,
    onSuccess: (_, editionId) => {
      queryClient.removeQueries({ queryKey: editionKey(editionId) });
      return queryClient.invalidateQueries({ queryKey: editionsKey, exact: true });
    },
  });
}
