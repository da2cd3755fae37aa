import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { DiscussionSummary } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';

export const DISCUSSIONS_PAGE_SIZE = 20;

/** `GET /api/editions/:id/discussions?page=&groupId=` → a page of the edition's threads (of one network group with `groupId`), latest activity first. */
export function fetchDiscussions(editionId: string, page: number, groupId: string | undefined, signal?: AbortSignal): Promise<Page<DiscussionSummary>> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(DISCUSSIONS_PAGE_SIZE), ...(groupId ? { groupId } : {}) });
  return api.get<Page<DiscussionSummary>>(`/editions/${encodeURIComponent(editionId)}/discussions?${query}`, { signal });
}

export function useDiscussions(editionId: string | undefined, page: number, groupId?: string) {
  return useQuery({
    queryKey: ['discussions', 'edition', editionId, page, groupId ?? null],
    queryFn: ({ signal }) => fetchDiscussions(editionId!, page, groupId, signal),
    enabled: editionId !== undefined,
    placeholderData: keepPreviousData,
  });
}
