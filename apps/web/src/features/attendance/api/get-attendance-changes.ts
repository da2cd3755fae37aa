import type { Page } from '@koers/shared/api';
import type { AttendanceChangeEntry } from '@koers/shared/attendance';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function useAttendanceChanges(sessionId: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['attendance', 'changes', sessionId, page],
    queryFn: ({ signal }) => api.get<Page<AttendanceChangeEntry>>(`/sessions/${sessionId}/attendance/changes?page=${page}&pageSize=25`, { signal }),
    enabled,
    // The pager stays on screen while the next page loads, so the button pressed keeps focus.
    placeholderData: keepPreviousData,
  });
}
