import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddSpeakerRequest, SessionStaffMember } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';
import { sessionKey } from '../../../lib/session-detail';

/** `POST /api/sessions/:id/speakers` → the guest speaker (name and organisation, no account needed). */
export function addSpeaker(sessionId: string, body: AddSpeakerRequest): Promise<SessionStaffMember> {
  return api.post<SessionStaffMember>(`/sessions/${encodeURIComponent(sessionId)}/speakers`, body);
}

export function useAddSpeaker(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddSpeakerRequest) => addSpeaker(sessionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey(sessionId) }),
  });
}
