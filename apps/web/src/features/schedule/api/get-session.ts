import { useQuery } from '@tanstack/react-query';
import { PREFETCHED_FRESH_MS } from '../../../lib/page-prefetch';
import { fetchSession, sessionKey } from '../../../lib/session-detail';

/** The next session's materials and the assignments due before it (what to prepare), once `enabled`. */
export function useSession(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: sessionKey(sessionId),
    queryFn: ({ signal }) => fetchSession(sessionId, signal),
    enabled,
    // Put there a moment ago by `GET /api/me/next-session`, it is shown without asking again.
    staleTime: PREFETCHED_FRESH_MS,
  });
}
