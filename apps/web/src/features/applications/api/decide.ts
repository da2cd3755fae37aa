import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptApplicationRequest, ApplicationDetail, DeclineApplicationRequest } from '@koers/shared/applications';
import { api } from '../../../lib/api-client';
import { applicationKey } from './application';
import { applicationsKey } from './applications';

export type Decision =
  | { applicationId: string; decision: 'accept'; body: AcceptApplicationRequest }
  | { applicationId: string; decision: 'waitlist'; body?: undefined }
  | { applicationId: string; decision: 'decline'; body: DeclineApplicationRequest };

/** `POST /api/applications/:id/accept|waitlist|decline`: the application as it is after the decision. */
export function decide({ applicationId, decision, body }: Decision): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`/applications/${encodeURIComponent(applicationId)}/${decision}`, body ?? {});
}

/** After a decision the application, the edition's list and counts (and the edition itself: its places) are fetched again. */
export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSuccess: (application) => {
      queryClient.setQueryData(applicationKey(application.id), application);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationsKey(application.editionId) }),
        queryClient.invalidateQueries({ queryKey: ['editions', application.editionId], exact: true }),
      ]);
    },
  });
}
