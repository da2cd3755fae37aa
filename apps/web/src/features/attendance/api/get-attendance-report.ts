import type { AttendanceReport } from '@koers/shared/attendance';
import type { ExportFormat } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import { useQuery } from '@tanstack/react-query';
import { API_BASE, api } from '../../../lib/api-client';

export function useAttendanceReport(editionId: string) {
  return useQuery({
    queryKey: ['attendance', 'report', editionId],
    queryFn: ({ signal }) => api.get<AttendanceReport>(`/editions/${editionId}/attendance`, { signal }),
  });
}

/** A plain link downloads the export with the session cookie; `lang` stands in for the Accept-Language a link cannot set. */
export const attendanceExportUrl = (editionId: string, format: ExportFormat, language: Locale) =>
  `${API_BASE}/editions/${editionId}/attendance.${format}?lang=${language}`;
