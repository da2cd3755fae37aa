import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentRequest, EditionAssignment } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

/** `POST /api/editions/:id/assignments` (trainers, admins). 400 with per-field messages. */
export function createAssignment(editionId: string, body: AssignmentRequest): Promise<EditionAssignment> {
  return api.post<EditionAssignment>(`/editions/${editionId}/assignments`, body);
}

export function useCreateAssignment(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignmentRequest) => createAssignment(editionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}
