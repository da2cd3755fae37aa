import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditionDetail, UpdateEditionRequest } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { editionKey } from './edition';
import { editionsKey } from '../../../lib/editions';

/** `PATCH /api/editions/:id`: the settings that stay editable after opening; 400 with the fields that are wrong. */
export function updateEdition({ editionId, changes }: { editionId: string; changes: UpdateEditionRequest }): Promise<EditionDetail> {
  return api.patch<EditionDetail>(`/editions/${encodeURIComponent(editionId)}`, changes);
}

export function useUpdateEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEdition,
    onSuccess: (edition) => {
      queryClient.setQueryData(editionKey(edition.id), edition);
      return queryClient.invalidateQueries({ queryKey: editionsKey, exact: true });
    },
  });
}
