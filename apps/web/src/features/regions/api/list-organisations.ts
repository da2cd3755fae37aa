import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OrganisationSummary, Page } from '@koers/shared/api';
import { api } from '../../../lib/api-client';

export const ORGANISATIONS_PAGE_SIZE = 25;
export const organisationsKey = ['organisations'] as const;

/** `GET /api/organisations?search=&page=` → one page of organisations by name (programme office). */
export function listOrganisations(search: string, page: number, signal?: AbortSignal): Promise<Page<OrganisationSummary>> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(ORGANISATIONS_PAGE_SIZE) });
  if (search) query.set('search', search);
  return api.get<Page<OrganisationSummary>>(`/organisations?${query.toString()}`, { signal });
}

export function useOrganisations(search: string, page: number) {
  return useQuery({
    queryKey: [...organisationsKey, search, page],
    queryFn: ({ signal }) => listOrganisations(search, page, signal),
    placeholderData: keepPreviousData,
  });
}
