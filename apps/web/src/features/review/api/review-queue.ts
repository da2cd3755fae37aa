import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { ReviewQueueItem } from '@koers/shared/assignments';
import { api } from '../../../lib/api-client';

export const reviewQueryKey = ['review'] as const;

export interface ReviewQueueFilter {
  editionId?: string;
  assignmentId?: string;
  page: number;
}

export const REVIEW_PAGE_SIZE = 20;

/** `GET /api/review-queue?editionId=&assignmentId=&page=`: the latest unreviewed work across the trainer's editions, oldest first. */
export function fetchReviewQueue(filter: ReviewQueueFilter, signal?: AbortSignal): Promise<Page<ReviewQueueItem>> {
  const query = new URLSearchParams({ page: String(filter.page), pageSize: String(REVIEW_PAGE_SIZE) });
  if (filter.editionId) query.set('editionId', filter.editionId);
  if (filter.assignmentId) query.set('assignmentId', filter.assignmentId);
  return api.get<Page<ReviewQueueItem>>(`/review-queue?${query}`, { signal });
}

export function useReviewQueue(filter: ReviewQueueFilter) {
  return useQuery({
    queryKey: [...reviewQueryKey, 'queue', filter],
    queryFn: ({ signal }) => fetchReviewQueue(filter, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
