import type { RosterEntry } from '@koers/shared/attendance';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const rosterQueryKey = (sessionId: string) => ['attendance', 'roster', sessionId] as const;

export const fetchRoster = (sessionId: string, signal?: AbortSignal) => api.get<RosterEntry[]>(`/sessions/${sessionId}/roster`, { signal });

/** The roster, refreshed now and then so marks made on another tablet show up. */
export function useRoster(sessionId: string) {
  return useQuery({
    queryKey: rosterQueryKey(sessionId),
    queryFn: ({ signal }) => fetchRoster(sessionId, signal),
    refetchInterval: 30_000,
  });
}
