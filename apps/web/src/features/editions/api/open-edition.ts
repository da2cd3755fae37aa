import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedEdition, OpenEditionRequest } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { editionsKey } from '../../../lib/editions';

/** `POST /api/programmes/:id/editions`: creates the edition as a draft with every session and assignment, all or nothing. */
export function openEdition({ programmeId, request }: { programmeId: string; request: OpenEditionRequest }): Promise<CreatedEdition> {
  return api.post<CreatedEdition>(`/programmes/${encodeURIComponent(programmeId)}/editions`, request);
}

export function useOpenEdition() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openEdition, onSuccess: () => queryClient.invalidateQueries({ queryKey: editionsKey, exact: true }) });
}
