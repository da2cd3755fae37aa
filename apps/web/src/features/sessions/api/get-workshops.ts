import { useQuery } from '@tanstack/react-query';
import type { SessionWorkshopsResponse } from '@koers/shared/workshops';
import { api } from '../../../lib/api-client';

export const workshopsKey = (sessionId: string) => ['sessions', sessionId, 'workshops'] as const;

/** `GET /api/sessions/:id/workshops` → the session's parallel workshops, how full each is, and the viewer's choice. */
export function fetchWorkshops(sessionId: string, signal?: AbortSignal): Promise<SessionWorkshopsResponse> {
  return api.get<SessionWorkshopsResponse>(`/sessions/${encodeURIComponent(sessionId)}/workshops`, { signal });
}

export function useWorkshops(sessionId: string) {
  return useQuery({ queryKey: workshopsKey(sessionId), queryFn: ({ signal }) => fetchWorkshops(sessionId, signal) });
}
