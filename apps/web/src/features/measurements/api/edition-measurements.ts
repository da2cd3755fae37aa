import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportFormat } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { CreateMeasurementActionRequest, EditionMeasurements, MeasurementAction } from '@koers/shared/measurements';
import { API_BASE, api } from '../../../lib/api-client';

export const editionMeasurementsKey = (editionId: string) => ['edition-measurements', editionId] as const;

/** `GET /api/editions/:id/measurements` → per round the results the viewer may see. */
export function getEditionMeasurements(editionId: string, signal?: AbortSignal): Promise<EditionMeasurements> {
  return api.get<EditionMeasurements>(`/editions/${encodeURIComponent(editionId)}/measurements`, { signal });
}

export function useEditionMeasurements(editionId: string | undefined) {
  return useQuery({
    queryKey: editionMeasurementsKey(editionId ?? ''),
    queryFn: ({ signal }) => getEditionMeasurements(editionId!, signal),
    enabled: !!editionId,
  });
}

/** `GET /api/editions/:id/measurements.xlsx|csv`: the same results for Excel, a plain link. */
export const measurementsExportUrl = (editionId: string, format: ExportFormat, language: Locale) =>
  `${API_BASE}/editions/${encodeURIComponent(editionId)}/measurements.${format}?lang=${language}`;

/** `POST /api/editions/:id/measurement-actions` → the participant's actions. */
export function useAddMeasurementAction(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateMeasurementActionRequest) => api.post<MeasurementAction[]>(`/editions/${encodeURIComponent(editionId)}/measurement-actions`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: editionMeasurementsKey(editionId) }),
  });
}

/** `DELETE /api/editions/:id/measurement-actions/:actionId`. */
export function useRemoveMeasurementAction(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (actionId: string) => api.delete<void>(`/editions/${encodeURIComponent(editionId)}/measurement-actions/${encodeURIComponent(actionId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: editionMeasurementsKey(editionId) }),
  });
}
