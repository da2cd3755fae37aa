import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InternalTeamMember, InviteTeamMemberRequest } from '@koers/shared/internal-team';
import { api } from '../../../lib/api-client';
import { myInternalTeamKey } from './my-internal-team';

/** `POST /api/me/internal-team` → 201 with the member; 409 when they are in another participant's team, 400 for invalid fields. */
export function inviteTeamMember(body: InviteTeamMemberRequest): Promise<InternalTeamMember> {
  return api.post<InternalTeamMember>('/me/internal-team', body);
}

export function useInviteTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteTeamMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myInternalTeamKey }),
  });
}
