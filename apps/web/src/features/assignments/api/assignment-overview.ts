import { useQuery } from '@tanstack/react-query';
import type { AssignmentOverviewResponse } from '@koers/shared/assignments';
import type { ExportFormat } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import { API_BASE, api } from '../../../lib/api-client';
import { assignmentsQueryKey } from './edition-assignments';

/** `GET /api/editions/:id/assignment-overview`: every participant × every assignment, with completion (trainers, admins). */
export function fetchAssignmentOverview(editionId: string, signal?: AbortSignal): Promise<AssignmentOverviewResponse> {
  return api.get<AssignmentOverviewResponse>(`/editions/${editionId}/assignment-overview`, { signal });
}

/** The same grid as a download (workbook or CSV) in the UI language (a plain link: the browser sends the session cookie). */
export const assignmentOverviewExportUrl = (editionId: string, format: ExportFormat, language: Locale) =>
  `${API_BASE}/editions/${editionId}/assignment-overview.${format}?lang=${language}`;

export function useAssignmentOverview(editionId: string) {
  return useQuery({
    queryKey: [...assignmentsQueryKey, 'overview', editionId],
    queryFn: ({ signal }) => fetchAssignmentOverview(editionId, signal),
  });
}
