import type { ScheduleEntry } from '@koers/shared/schedule';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** `GET /api/me/schedule`, under the schedule page's cache key: one copy of the data whichever page asked. */
export function useMySchedule() {
  return useQuery({
    queryKey: ['schedule', 'mine'],
    queryFn: ({ signal }) => api.get<ScheduleEntry[]>('/me/schedule', { signal }),
  });
}
