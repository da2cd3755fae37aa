import { useQuery } from '@tanstack/react-query';
import type { RegionMeasurements } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';

/** `GET /api/regions/:id/measurements` → the region's organisations together, per round they answered in. */
export function regionMeasurements(regionId: string, signal?: AbortSignal): Promise<RegionMeasurements> {
  return api.get<RegionMeasurements>(`/regions/${encodeURIComponent(regionId)}/measurements`, { signal });
}

export function useRegionMeasurements(regionId: string | undefined) {
  return useQuery({ queryKey: ['regions', regionId, 'measurements'], queryFn: ({ signal }) => regionMeasurements(regionId!, signal), enabled: !!regionId });
}
