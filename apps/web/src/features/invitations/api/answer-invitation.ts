import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type InvitationAnswer = 'accept' | 'decline';

/**
 * `POST /api/me/invitations/:id/accept` or `/decline` → 204. Accepting enrols the viewer (internal team) or puts them
 * on a board meeting's roster (delegate); 409 when they are already in another team or the invitation lapsed.
 */
export function answerInvitation(invitationId: string, answer: InvitationAnswer): Promise<void> {
  return api.post<void>(`/me/invitations/${encodeURIComponent(invitationId)}/${answer}`);
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId, answer }: { invitationId: string; answer: InvitationAnswer }) => answerInvitation(invitationId, answer),
    // Accepting changes the viewer's roles, menu, schedule and team: everything is read again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
