import { useQuery } from '@tanstack/react-query';
import type { RegionSummary } from '@koers/shared/regions';
import { api } from '../../../lib/api-client';

export const regionsKey = ['regions'] as const;

/** `GET /api/regions` → the regions the viewer may see (the programme office all, a regional programme manager theirs). */
export function listRegions(signal?: AbortSignal): Promise<RegionSummary[]> {
  return api.get<RegionSummary[]>('/regions', { signal });
}

export function useRegions() {
  return useQuery({ queryKey: regionsKey, queryFn: ({ signal }) => listRegions(signal) });
}
