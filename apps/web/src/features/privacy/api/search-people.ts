import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { PersonSummary } from '@koers/shared/privacy';
import { api } from '../../../lib/api-client';

export const peopleKey = ['privacy', 'people'] as const;

/** `GET /api/admin/people?search=&page=` → one page of the people who were not erased (admins only). */
export function searchPeople(search: string, page: number, signal?: AbortSignal): Promise<Page<PersonSummary>> {
  const query = new URLSearchParams({ page: String(page) });
  if (search) query.set('search', search);
  return api.get<Page<PersonSummary>>(`/admin/people?${query.toString()}`, { signal });
}

export function useSearchPeople(search: string, page: number) {
  return useQuery({
    queryKey: [...peopleKey, search, page],
    queryFn: ({ signal }) => searchPeople(search, page, signal),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
