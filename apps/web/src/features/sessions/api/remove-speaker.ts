import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionKey } from '../../../lib/session-detail';

/** `DELETE /api/sessions/:id/speakers/:speakerId` → 204; trainers and facilitators cannot be removed here. */
export function removeSpeaker(sessionId: string, speakerId: string): Promise<void> {
  return api.delete<void>(`/sessions/${encodeURIComponent(sessionId)}/speakers/${encodeURIComponent(speakerId)}`);
}

export function useRemoveSpeaker(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (speakerId: string) => removeSpeaker(sessionId, speakerId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey(sessionId) }),
  });
}
