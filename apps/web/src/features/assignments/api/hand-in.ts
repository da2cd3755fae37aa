import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SubmissionCreatedResponse } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

export interface HandInInput {
  text: string;
  files: File[];
}

/** `POST /api/assignments/:id/submissions` (multipart `text`, `files[]`) → the new version. 409 after the cut-off, 413/415 for a file. */
export function handIn(assignmentId: string, { text, files }: HandInInput): Promise<SubmissionCreatedResponse> {
  const form = new FormData();
  form.append('text', text);
  for (const file of files) form.append('files[]', file, file.name);
  return api.post<SubmissionCreatedResponse>(`/assignments/${assignmentId}/submissions`, form);
}

export function useHandIn(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HandInInput) => handIn(assignmentId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
}
