import { useQuery } from '@tanstack/react-query';
import type { MeasurementTask } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';

/** `GET /api/me/measurement-tasks` → the rounds the person still has to fill, nearest deadline first. */
export function fetchMeasurementTasks(signal?: AbortSignal): Promise<MeasurementTask[]> {
  return api.get<MeasurementTask[]>('/me/measurement-tasks', { signal });
}

export function useMeasurementTasks(enabled: boolean) {
  return useQuery({ queryKey: ['measurement-tasks'], queryFn: ({ signal }) => fetchMeasurementTasks(signal), enabled });
}
