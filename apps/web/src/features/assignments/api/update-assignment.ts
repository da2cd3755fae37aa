import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentRequest, EditionAssignment } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

/** `PUT /api/assignments/:id` (trainers, admins). */
export function updateAssignment(assignmentId: string, body: AssignmentRequest): Promise<EditionAssignment> {
  return api.put<EditionAssignment>(`/assignments/${assignmentId}`, body);
}

export function useUpdateAssignment(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignmentRequest) => updateAssignment(assignmentId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}
