import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyWorkshopChoice } from '@koers/shared/workshops';
import { api } from '../../../lib/api-client';
import { workshopsKey } from './get-workshops';

/** `PUT /api/sessions/:id/workshops/choice` → placed, or on the waiting list with a position. */
export function chooseWorkshop(sessionId: string, workshopId: string): Promise<MyWorkshopChoice> {
  return api.put<MyWorkshopChoice>(`/sessions/${encodeURIComponent(sessionId)}/workshops/choice`, { workshopId });
}

export function useChooseWorkshop(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workshopId: string) => chooseWorkshop(sessionId, workshopId),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: workshopsKey(sessionId) }), queryClient.invalidateQueries({ queryKey: ['schedule'] })]),
  });
}
