import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { closedDaysKey } from './closed-days';

/** `DELETE /api/closed-days/:id` → 204; only the office's own closed days can be removed. */
export function removeClosedDay(id: string): Promise<void> {
  return api.delete<void>(`/closed-days/${encodeURIComponent(id)}`);
}

export function useRemoveClosedDay() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeClosedDay, onSuccess: () => queryClient.invalidateQueries({ queryKey: closedDaysKey }) });
}
