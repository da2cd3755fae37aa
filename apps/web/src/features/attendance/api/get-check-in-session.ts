import type { CheckInSession } from '@koers/shared/attendance';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const checkInSessionQueryKey = (sessionId: string) => ['attendance', 'check-in-session', sessionId] as const;

/** The session with the caller's own mark: for the check-in page, and as the roster's heading. Nothing without an id. */
export function useCheckInSession(sessionId: string | undefined) {
  return useQuery({
    queryKey: checkInSessionQueryKey(sessionId ?? ''),
    queryFn: ({ signal }) => api.get<CheckInSession>(`/sessions/${sessionId}/check-in`, { signal }),
    enabled: Boolean(sessionId),
  });
}
