import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalendarLinks } from '@koers/shared/schedule';
import { api } from '../../../lib/api-client';
import { calendarLinksKey } from './get-calendar-links';

/** `POST /api/me/calendar/reset` → a new address; the old one stops working at once. */
export function resetCalendarLinks(): Promise<CalendarLinks> {
  return api.post<CalendarLinks>('/me/calendar/reset');
}

export function useResetCalendarLinks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetCalendarLinks,
    onSuccess: (links) => queryClient.setQueryData(calendarLinksKey, links),
  });
}
