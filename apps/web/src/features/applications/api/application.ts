import { useQuery } from '@tanstack/react-query';
import type { ApplicationDetail } from '@koers/shared/applications';
import { api } from '../../../lib/api-client';

export const applicationKey = (applicationId: string) => ['applications', applicationId] as const;

/** `GET /api/applications/:id`: one application in full. */
export function getApplication(applicationId: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return api.get<ApplicationDetail>(`/applications/${encodeURIComponent(applicationId)}`, { signal });
}

export function useApplication(applicationId: string | null) {
  return useQuery({
    queryKey: applicationKey(applicationId ?? ''),
    queryFn: ({ signal }) => getApplication(applicationId!, signal),
    enabled: applicationId !== null,
  });
}
