import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { myInternalTeamKey } from './my-internal-team';

/** `DELETE /api/invitations/:id` → 204: the participant takes back an invitation that has not been answered. */
export function withdrawInvitation(invitationId: string): Promise<void> {
  return api.delete<void>(`/invitations/${encodeURIComponent(invitationId)}`);
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    // Also after a refusal: an invitation answered meanwhile has moved on the page (into the team, or off it).
    onSettled: () => queryClient.invalidateQueries({ queryKey: myInternalTeamKey }),
  });
}
