import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applicationsKey } from './applications';

/** `DELETE /api/applications/:id`: erases the application with its mails (AVG/GDPR), at the applicant's request. */
export function useEraseApplication(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationId: string) => api.delete<void>(`/applications/${encodeURIComponent(applicationId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationsKey(editionId) }),
  });
}
