import { useQuery } from '@tanstack/react-query';
import type { MyInternalTeamResponse } from '@koers/shared/internal-team';
import { api } from '../../../lib/api-client';

export const myInternalTeamKey = ['internal-team'] as const;

/** `GET /api/me/internal-team` → the teams the viewer leads as a participant and the participants they support as a member. */
export function fetchMyInternalTeam(signal?: AbortSignal): Promise<MyInternalTeamResponse> {
  return api.get<MyInternalTeamResponse>('/me/internal-team', { signal });
}

export function useMyInternalTeam() {
  return useQuery({ queryKey: myInternalTeamKey, queryFn: ({ signal }) => fetchMyInternalTeam(signal) });
}
