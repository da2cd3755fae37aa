import type { RosterEntry } from '@koers/shared/attendance';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { PREFETCHED_FRESH_MS } from '../../../lib/page-prefetch';

export const rosterQueryKey = (sessionId: string) => ['attendance', 'roster', sessionId] as const;

export const fetchRoster = (sessionId: string, signal?: AbortSignal) => api.get<RosterEntry[]>(`/sessions/${sessionId}/roster`, { signal });

/** The roster, refreshed now and then so marks made on another tablet show up. */
export const rosterQuery = (sessionId: string) =>
  queryOptions({
    queryKey: rosterQueryKey(sessionId),
    queryFn: ({ signal }) => fetchRoster(sessionId, signal),
    staleTime: PREFETCHED_FRESH_MS,
    refetchInterval: 30_000,
  });

export function useRoster(sessionId: string) {
  return useQuery(rosterQuery(sessionId));
}
