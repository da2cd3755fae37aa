import { useQuery } from '@tanstack/react-query';
import type { MyInternalTeamResponse } from '@koers/shared/internal-team';
import { msUntilAnOnlineLinkOpens } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';

export const myInternalTeamKey = ['internal-team'] as const;

/** `GET /api/me/internal-team` → the teams the viewer leads as a participant and the participants they support as a member. */
export function fetchMyInternalTeam(signal?: AbortSignal): Promise<MyInternalTeamResponse> {
  return api.get<MyInternalTeamResponse>('/me/internal-team', { signal });
}

export function useMyInternalTeam() {
  return useQuery({
    queryKey: myInternalTeamKey,
    queryFn: ({ signal }) => fetchMyInternalTeam(signal),
    // A team day's online link is handed out from 30 minutes before the start: fetch again when it opens.
    refetchInterval: (query) => msUntilAnOnlineLinkOpens(query.state.data?.supporting.flatMap((participant) => participant.days) ?? []) ?? false,
  });
}
