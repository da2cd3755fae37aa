import type { CheckInSession } from '@koers/shared/attendance';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { PREFETCHED_FRESH_MS } from '../../../lib/page-prefetch';

export const checkInSessionQueryKey = (sessionId: string) => ['attendance', 'check-in-session', sessionId] as const;

export const checkInSessionQuery = (sessionId: string) =>
  queryOptions({
    queryKey: checkInSessionQueryKey(sessionId),
    queryFn: ({ signal }) => api.get<CheckInSession>(`/sessions/${sessionId}/check-in`, { signal }),
    staleTime: PREFETCHED_FRESH_MS,
  });

/** The session with the caller's own mark: for the check-in page, and as the roster's heading. Nothing without an id. */
export function useCheckInSession(sessionId: string | undefined) {
  return useQuery({ ...checkInSessionQuery(sessionId ?? ''), enabled: Boolean(sessionId) });
}
