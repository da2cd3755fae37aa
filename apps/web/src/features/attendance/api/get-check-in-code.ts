import type { CheckInCodeResponse } from '@koers/shared/attendance';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** After a refusal (window not open yet, or closed) or a network error, ask again this often. */
const RETRY_AFTER_ERROR_MS = 15_000;

/** Fetches the next code the moment the shown one rotates. */
export function useCheckInCode(sessionId: string) {
  return useQuery({
    queryKey: ['attendance', 'check-in-code', sessionId],
    queryFn: ({ signal }) => api.get<CheckInCodeResponse>(`/sessions/${sessionId}/check-in-code`, { signal }),
    refetchInterval: (query) => {
      if (query.state.status === 'error') return RETRY_AFTER_ERROR_MS;
      const rotatesAt = query.state.data?.rotatesAt;
      return rotatesAt ? Math.max(250, new Date(rotatesAt).getTime() - Date.now() + 250) : false;
    },
    refetchIntervalInBackground: true,
  });
}
