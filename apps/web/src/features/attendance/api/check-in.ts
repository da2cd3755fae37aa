import type { CheckInRequest, CheckInResponse } from '@koers/shared/attendance';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { checkInSessionQueryKey } from './get-check-in-session';

/** With a session (from the QR code) the code is checked against it; without, the code says which session it is for. */
export function useCheckIn(sessionId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CheckInRequest) => api.post<CheckInResponse>(sessionId ? `/sessions/${sessionId}/check-in` : '/check-in', request),
    onSuccess: (response) => queryClient.invalidateQueries({ queryKey: checkInSessionQueryKey(response.sessionId) }),
  });
}
