import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { minutesKey, minutesPath } from './get-minutes';

/** `DELETE /api/sessions/:id/minutes` → 204: the directors no longer see the minutes. */
export function withdrawMinutes(sessionId: string): Promise<void> {
  return api.delete<void>(minutesPath(sessionId));
}

export function useWithdrawMinutes(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawMinutes(sessionId),
    onSuccess: () => queryClient.setQueryData(minutesKey(sessionId), { minutes: null }),
  });
}
