import type { MarkAbsentResponse } from '@koers/shared/attendance';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { rosterQueryKey } from './get-roster';

export function useMarkEmptyAbsent(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MarkAbsentResponse>(`/sessions/${sessionId}/attendance/absent`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rosterQueryKey(sessionId) }),
  });
}
