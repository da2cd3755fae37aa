import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { ChallengeSummary } from '@koers/shared/challenge';
import { api } from '../../../lib/api-client';

export const CHALLENGES_PAGE_SIZE = 25;

/** `GET /api/editions/:id/challenges?page=` → one page of the edition's participants with their challenge. */
export function fetchEditionChallenges(editionId: string, page: number, signal?: AbortSignal): Promise<Page<ChallengeSummary>> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(CHALLENGES_PAGE_SIZE) });
  return api.get<Page<ChallengeSummary>>(`/editions/${encodeURIComponent(editionId)}/challenges?${query}`, { signal });
}

export function useEditionChallenges(editionId: string | undefined, page: number) {
  return useQuery({
    queryKey: ['challenge', 'edition', editionId, page],
    queryFn: ({ signal }) => fetchEditionChallenges(editionId!, page, signal),
    enabled: editionId !== undefined,
    placeholderData: keepPreviousData,
  });
}
