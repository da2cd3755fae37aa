import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

/** `DELETE /api/assignments/:id`: 409 once work was handed in for it. */
export function deleteAssignment(assignmentId: string): Promise<void> {
  return api.delete<void>(`/assignments/${assignmentId}`);
}

export function useDeleteAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAssignment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}
