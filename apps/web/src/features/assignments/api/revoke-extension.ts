import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

/** `DELETE /api/assignments/:id/extensions/:personId`: back to the assignment's own deadline. */
export function revokeExtension(assignmentId: string, personId: string): Promise<void> {
  return api.delete<void>(`/assignments/${assignmentId}/extensions/${personId}`);
}

export function useRevokeExtension(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => revokeExtension(assignmentId, personId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}
