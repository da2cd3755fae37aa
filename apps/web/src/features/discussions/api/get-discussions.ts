import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { DiscussionSummary } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';

export const DISCUSSIONS_PAGE_SIZE = 20;

/** `GET /api/editions/:id/discussions?page=` → a page of the edition's threads, latest activity first. */
export function fetchDiscussions(editionId: string, page: number, signal?: AbortSignal): Promise<Page<DiscussionSummary>> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(DISCUSSIONS_PAGE_SIZE) });
  return api.get<Page<DiscussionSummary>>(`/editions/${encodeURIComponent(editionId)}/discussions?${query}`, { signal });
}

export function useDiscussions(editionId: string | undefined, page: number) {
  return useQuery({
    queryKey: ['discussions', 'edition', editionId, page],
    queryFn: ({ signal }) => fetchDiscussions(editionId!, page, signal),
    enabled: editionId !== undefined,
    placeholderData: keepPreviousData,
  });
}
