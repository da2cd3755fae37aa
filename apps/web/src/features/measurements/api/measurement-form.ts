import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeasurementAnswer, MeasurementForm, SaveMeasurementAnswersRequest } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';

export const measurementFormKey = (roundId: string, participantEnrolmentId: string | null) => ['measurement-form', roundId, participantEnrolmentId] as const;

const query = (participantEnrolmentId: string | null) => (participantEnrolmentId ? `?participantEnrolmentId=${encodeURIComponent(participantEnrolmentId)}` : '');

/** `GET /api/measurement-rounds/:id` → the questionnaire with one's answers so far. */
export function getMeasurementForm(roundId: string, participantEnrolmentId: string | null, signal?: AbortSignal): Promise<MeasurementForm> {
  return api.get<MeasurementForm>(`/measurement-rounds/${encodeURIComponent(roundId)}${query(participantEnrolmentId)}`, { signal });
}

export function useMeasurementForm(roundId: string, participantEnrolmentId: string | null) {
  return useQuery({ queryKey: measurementFormKey(roundId, participantEnrolmentId), queryFn: ({ signal }) => getMeasurementForm(roundId, participantEnrolmentId, signal) });
}

/** `PUT /api/measurement-rounds/:id/answers`: saves one answer as it is given; the others stay. */
export function saveMeasurementAnswers(roundId: string, request: SaveMeasurementAnswersRequest): Promise<MeasurementForm> {
  return api.put<MeasurementForm>(`/measurement-rounds/${encodeURIComponent(roundId)}/answers`, request);
}

export function useSaveMeasurementAnswer(roundId: string, participantEnrolmentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: MeasurementAnswer) =>
      saveMeasurementAnswers(roundId, { ...(participantEnrolmentId ? { participantEnrolmentId } : {}), answers: [answer] }),
    onSuccess: (form) => queryClient.setQueryData(measurementFormKey(roundId, participantEnrolmentId), form),
  });
}
