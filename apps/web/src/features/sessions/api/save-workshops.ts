import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveWorkshopsRequest, SessionWorkshopsResponse } from '@koers/shared/workshops';
import { api } from '../../../lib/api-client';
import { workshopChoicesKey } from './get-workshop-choices';
import { workshopsKey } from './get-workshops';

/** `PUT /api/sessions/:id/workshops` (programme office): the session's workshops and the choice deadline → the workshops as saved. */
export function saveWorkshops(sessionId: string, body: SaveWorkshopsRequest): Promise<SessionWorkshopsResponse> {
  return api.put<SessionWorkshopsResponse>(`/sessions/${encodeURIComponent(sessionId)}/workshops`, body);
}

export function useSaveWorkshops(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveWorkshopsRequest) => saveWorkshops(sessionId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(workshopsKey(sessionId), saved);
      // Raised capacities take people off the waiting lists; removed workshops take their choices along.
      return queryClient.invalidateQueries({ queryKey: workshopChoicesKey(sessionId) });
    },
  });
}
