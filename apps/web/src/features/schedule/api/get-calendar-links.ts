import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarLinks } from '@koers/shared/schedule';
import { api } from '../../../lib/api-client';

export const calendarLinksKey = ['calendar', 'links'] as const;

/**
 * `GET /api/me/calendar` → the feed address, made on first use. The server keeps only its hash, so it is shown
 * once: the answer is kept for the whole visit and never fetched again in the background.
 */
export function fetchCalendarLinks(signal?: AbortSignal): Promise<CalendarLinks> {
  return api.get<CalendarLinks>('/me/calendar', { signal });
}

export const calendarLinksQuery = queryOptions({
  queryKey: calendarLinksKey,
  queryFn: ({ signal }) => fetchCalendarLinks(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
});

export function useCalendarLinks() {
  return useQuery(calendarLinksQuery);
}
