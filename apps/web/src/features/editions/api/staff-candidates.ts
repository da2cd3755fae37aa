import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Page } from '@koers/shared/api';
import type { StaffCandidate } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';

/** `GET /api/staff?search=`: people who ran sessions as trainer or facilitator, by name; the first hundred that match. */
export function listStaffCandidates(search: string, signal?: AbortSignal): Promise<Page<StaffCandidate>> {
  const query = new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) });
  if (search) query.set('search', search);
  return api.get<Page<StaffCandidate>>(`/staff?${query.toString()}`, { signal });
}

export function useStaffCandidates(search = '') {
  return useQuery({
    queryKey: ['staff', search],
    queryFn: ({ signal }) => listStaffCandidates(search, signal),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

/** How a candidate is offered in a list: their name, and their organisation where they have one. */
export const candidateLabel = (candidate: StaffCandidate) => (candidate.organisation ? `${candidate.name} (${candidate.organisation})` : candidate.name);
