import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RegionOverview } from '@koers/shared/regions';
import { api } from '../../../lib/api-client';

export const REGION_PAGE_SIZE = 25;

/** `GET /api/regions/:id/overview?page=` → one page of the region's organisations and how they take part. */
export function regionOverview(regionId: string, page: number, signal?: AbortSignal): Promise<RegionOverview> {
  return api.get<RegionOverview>(`/regions/${encodeURIComponent(regionId)}/overview?page=${page}&pageSize=${REGION_PAGE_SIZE}`, { signal });
}

export function useRegionOverview(regionId: string | undefined, page: number) {
  return useQuery({
    queryKey: ['regions', regionId, 'overview', page],
    queryFn: ({ signal }) => regionOverview(regionId!, page, signal),
    enabled: !!regionId,
    placeholderData: keepPreviousData,
  });
}
