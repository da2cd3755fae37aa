import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstrumentView, MeasurementTemplateLine, MeasurementTemplateRequest } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';

const templateKey = (programmeId: string) => ['measurement-template', programmeId] as const;

/** `GET /api/programmes/:id/measurement-template` → which instrument is filled when, by whom, about what. */
export function useMeasurementTemplate(programmeId: string) {
  return useQuery({
    queryKey: templateKey(programmeId),
    queryFn: ({ signal }) => api.get<MeasurementTemplateLine[]>(`/programmes/${encodeURIComponent(programmeId)}/measurement-template`, { signal }),
  });
}

/** `GET /api/instruments`: the published versions a template line may name. */
export function useInstrumentsForTemplate() {
  return useQuery({ queryKey: ['instruments'], queryFn: ({ signal }) => api.get<InstrumentView[]>('/instruments', { signal }) });
}

/** `PUT /api/programmes/:id/measurement-template`: the whole template, for editions opened from now on. */
export function useSaveMeasurementTemplate(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MeasurementTemplateRequest) => api.put<MeasurementTemplateLine[]>(`/programmes/${encodeURIComponent(programmeId)}/measurement-template`, request),
    onSuccess: (lines) => queryClient.setQueryData(templateKey(programmeId), lines),
  });
}
