import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditionStatus } from '@koers/shared/domain';
import type { EditionDetail } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { editionKey } from './edition';
import { editionsKey } from '../../../lib/editions';

/** `POST /api/editions/:id/status`: one step forward; 409 for any other step or an archived edition. */
export function changeStatus({ editionId, status }: { editionId: string; status: EditionStatus }): Promise<EditionDetail> {
  return api.post<EditionDetail>(`/editions/${encodeURIComponent(editionId)}/status`, { status });
}

export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeStatus,
    onSuccess: (edition) => {
      queryClient.setQueryData(editionKey(edition.id), edition);
      return queryClient.invalidateQueries({ queryKey: editionsKey, exact: true });
    },
  });
}
