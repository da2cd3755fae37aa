import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentExtensionRequest } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

/** `PUT /api/assignments/:id/extensions/:personId`: a later deadline (and cut-off) for one participant. */
export function grantExtension(assignmentId: string, personId: string, body: AssignmentExtensionRequest): Promise<void> {
  return api.put<void>(`/assignments/${assignmentId}/extensions/${personId}`, body);
}

export function useGrantExtension(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, ...body }: AssignmentExtensionRequest & { personId: string }) => grantExtension(assignmentId, personId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}
