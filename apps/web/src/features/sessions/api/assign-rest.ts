import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignRestResponse } from '@koers/shared/workshops';
import { api } from '../../../lib/api-client';
import { workshopsKey } from './get-workshops';

/** `POST /api/sessions/:id/workshops/assign-rest` (programme office) → how many were placed and how many found no room. */
export function assignRest(sessionId: string): Promise<AssignRestResponse> {
  return api.post<AssignRestResponse>(`/sessions/${encodeURIComponent(sessionId)}/workshops/assign-rest`);
}

export function useAssignRest(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => assignRest(sessionId), onSuccess: () => queryClient.invalidateQueries({ queryKey: workshopsKey(sessionId) }) });
}
