import { useQuery } from '@tanstack/react-query';
import type { RegionMeasurements } from '@koers/shared/measurements';
import type { ExportFormat } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import { API_BASE, api } from '../../../lib/api-client';

/** `GET /api/regions/:id/measurements` → the region's organisations together, per round they answered in. */
export function regionMeasurements(regionId: string, signal?: AbortSignal): Promise<RegionMeasurements> {
  return api.get<RegionMeasurements>(`/regions/${encodeURIComponent(regionId)}/measurements`, { signal });
}

export function useRegionMeasurements(regionId: string | undefined) {
  return useQuery({ queryKey: ['regions', regionId, 'measurements'], queryFn: ({ signal }) => regionMeasurements(regionId!, signal), enabled: !!regionId });
}

/** The same as a download, in the UI's language. */
export const regionMeasurementsExportUrl = (regionId: string, format: ExportFormat, language: Locale) =>
  `${API_BASE}/regions/${encodeURIComponent(regionId)}/measurements.${format}?lang=${language}`;
