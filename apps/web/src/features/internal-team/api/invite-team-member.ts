import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InviteTeamMemberRequest } from '@koers/shared/internal-team';
import type { SentInvitation } from '@koers/shared/invitations';
import { api } from '../../../lib/api-client';
import { myInternalTeamKey } from './my-internal-team';

/**
 * `POST /api/me/internal-team` → 201 with the pending invitation as typed (the same whether or not the address has an
 * account); the colleague joins once they accept it. 400 for invalid fields.
 */
export function inviteTeamMember(body: InviteTeamMemberRequest): Promise<SentInvitation> {
  return api.post<SentInvitation>('/me/internal-team', body);
}

export function useInviteTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteTeamMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myInternalTeamKey }),
  });
}
