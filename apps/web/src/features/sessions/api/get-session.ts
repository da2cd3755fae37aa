import { useQuery } from '@tanstack/react-query';
import type { SessionDetail } from '@koers/shared/sessions';
import { msUntilAnOnlineLinkOpens } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';

export const sessionKey = (sessionId: string) => ['sessions', sessionId] as const;

/** `GET /api/sessions/:id` → the session page; 403 for people not expected at it, 404 for an unknown id. */
export function fetchSession(sessionId: string, signal?: AbortSignal): Promise<SessionDetail> {
  return api.get<SessionDetail>(`/sessions/${encodeURIComponent(sessionId)}`, { signal });
}

export function useSession(sessionId: string) {
  return useQuery({
    queryKey: sessionKey(sessionId),
    queryFn: ({ signal }) => fetchSession(sessionId, signal),
    // The online link is handed out from 30 minutes before the start: fetch again when it opens.
    refetchInterval: (query) => {
      const session = query.state.data;
      return (session?.hasOnlineLink && msUntilAnOnlineLinkOpens([session])) || false;
    },
  });
}
