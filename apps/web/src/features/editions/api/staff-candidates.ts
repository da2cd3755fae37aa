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

/**
 * How candidates are offered in a list: each by name, with their organisation where they have one, and with their
 * address too where another in the list has the same name (two Anna de Wits are told apart).
 */
export function candidateOptions(candidates: readonly StaffCandidate[]): { value: string; label: string }[] {
  const named = new Map<string, number>();
  for (const { name } of candidates) named.set(name, (named.get(name) ?? 0) + 1);
  return candidates.map((candidate) => {
    const details = [candidate.organisation, named.get(candidate.name)! > 1 ? candidate.email : null].filter(Boolean);
    return { value: candidate.id, label: details.length > 0 ? `${candidate.name} (${details.join(', ')})` : candidate.name };
  });
}
