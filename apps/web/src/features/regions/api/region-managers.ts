import { useQuery } from '@tanstack/react-query';
import type { RegionManager } from '@koers/shared/regions';
import { api } from '../../../lib/api-client';

export const regionManagersKey = (regionId: string) => ['regions', regionId, 'managers'] as const;

/** `GET /api/regions/:id/managers` → who manages the region (programme office). */
export function regionManagers(regionId: string, signal?: AbortSignal): Promise<RegionManager[]> {
  return api.get<RegionManager[]>(`/regions/${encodeURIComponent(regionId)}/managers`, { signal });
}

export function useRegionManagers(regionId: string) {
  return useQuery({ queryKey: regionManagersKey(regionId), queryFn: ({ signal }) => regionManagers(regionId, signal) });
}
