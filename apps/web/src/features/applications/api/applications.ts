import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApplicationsPage, ApplicationsQuery } from '@koers/shared/applications';
import { api } from '../../../lib/api-client';

export const applicationsKey = (editionId: string) => ['editions', editionId, 'applications'] as const;

/** The list's filters as the page keeps them (empty: no filter). */
export type ApplicationFilters = Required<Pick<ApplicationsQuery, 'region' | 'organisation'>> & {
  status: NonNullable<ApplicationsQuery['status']> | '';
  directorCommitment: NonNullable<ApplicationsQuery['directorCommitment']> | '';
};

/** `GET /api/editions/:id/applications?status=&region=&organisation=&directorCommitment=&page=` */
export function listApplications(editionId: string, filters: ApplicationFilters, page: number, signal?: AbortSignal): Promise<ApplicationsPage> {
  const query = new URLSearchParams({ page: String(page) });
  for (const [key, value] of Object.entries(filters)) if (value.trim()) query.set(key, value.trim());
  return api.get<ApplicationsPage>(`/editions/${encodeURIComponent(editionId)}/applications?${query}`, { signal });
}

export function useApplications(editionId: string, filters: ApplicationFilters, page: number) {
  return useQuery({
    queryKey: [...applicationsKey(editionId), filters, page],
    queryFn: ({ signal }) => listApplications(editionId, filters, page, signal),
    placeholderData: keepPreviousData,
  });
}
