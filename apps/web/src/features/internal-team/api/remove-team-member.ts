import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { myInternalTeamKey } from './my-internal-team';

/** `DELETE /api/me/internal-team/:personId` → 204; the member's attendance history stays. */
export function removeTeamMember(personId: string): Promise<void> {
  return api.delete<void>(`/me/internal-team/${encodeURIComponent(personId)}`);
}

export function useRemoveTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeTeamMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myInternalTeamKey }),
  });
}
