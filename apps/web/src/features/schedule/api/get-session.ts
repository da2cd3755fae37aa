import { useQuery } from '@tanstack/react-query';
import type { SessionDetail } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';
import { PREFETCHED_FRESH_MS } from '../../../lib/page-prefetch';

export const sessionQueryKey = (sessionId: string | undefined) => ['sessions', sessionId] as const;

/** `GET /api/sessions/:id` → the next session's materials and the assignments due before it (what to prepare). */
export function fetchSession(sessionId: string, signal?: AbortSignal): Promise<SessionDetail> {
  return api.get<SessionDetail>(`/sessions/${encodeURIComponent(sessionId)}`, { signal });
}

export function useSession(sessionId: string | undefined) {
  return useQuery({
    queryKey: sessionQueryKey(sessionId),
    queryFn: ({ signal }) => fetchSession(sessionId!, signal),
    enabled: sessionId !== undefined,
    // Put there a moment ago by `GET /api/me/next-session`, it is shown without asking again.
    staleTime: PREFETCHED_FRESH_MS,
  });
}
