import { useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Page } from '@koers/shared/api';
import type { StaffCandidate } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';

/** `GET /api/staff`: people who ran sessions as trainer or facilitator; the first page is plenty for one programme office. */
export function listStaffCandidates(signal?: AbortSignal): Promise<Page<StaffCandidate>> {
  return api.get<Page<StaffCandidate>>(`/staff?pageSize=${MAX_PAGE_SIZE}`, { signal });
}

export function useStaffCandidates() {
  return useQuery({ queryKey: ['staff'], queryFn: ({ signal }) => listStaffCandidates(signal), staleTime: 5 * 60_000 });
}

/** How a candidate is offered in a list: their name, and their organisation where they have one. */
export const candidateLabel = (candidate: StaffCandidate) => (candidate.organisation ? `${candidate.name} (${candidate.organisation})` : candidate.name);
