import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ScheduleEntry } from '@koers/shared/schedule';
import { msUntilAnOnlineLinkOpens } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';
import { PREFETCHED_FRESH_MS } from '../../../lib/page-prefetch';

export const myScheduleKey = ['schedule', 'mine'] as const;

/** `GET /api/me/schedule` → every session the person is expected at, in every edition, ordered by start. */
export function fetchMySchedule(signal?: AbortSignal): Promise<ScheduleEntry[]> {
  return api.get<ScheduleEntry[]>('/me/schedule', { signal });
}

export const myScheduleQuery = queryOptions({
  queryKey: myScheduleKey,
  queryFn: ({ signal }) => fetchMySchedule(signal),
  staleTime: PREFETCHED_FRESH_MS,
  // Online links are handed out from 30 minutes before the start: fetch again when the next one opens.
  refetchInterval: (query) => msUntilAnOnlineLinkOpens(query.state.data ?? []) ?? false,
});

export function useMySchedule() {
  return useQuery(myScheduleQuery);
}
