import { useQuery } from '@tanstack/react-query';
import type { SessionDetail } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';

/** `GET /api/sessions/:id` → the next session's materials and the assignments due before it (what to prepare). */
export function fetchSession(sessionId: string, signal?: AbortSignal): Promise<SessionDetail> {
  return api.get<SessionDetail>(`/sessions/${encodeURIComponent(sessionId)}`, { signal });
}

export function useSession(sessionId: string | undefined) {
  return useQuery({
    queryKey: ['sessions', sessionId],
    queryFn: ({ signal }) => fetchSession(sessionId!, signal),
    enabled: sessionId !== undefined,
  });
}
