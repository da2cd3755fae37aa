import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExportFormat, Page } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { EnrolmentListItem, EnrolmentStatus } from '@koers/shared/enrolments';
import type { EditionRole } from '@koers/shared/roles';
import { API_BASE, api } from '../../../lib/api-client';
import { editionKey } from './edition';

export const enrolmentsKey = (editionId: string) => [...editionKey(editionId), 'enrolments'] as const;

/** Which enrolments the list shows: a role, a status and a search text, each left out for all. */
export interface EnrolmentsFilter {
  role: EditionRole | '';
  status: EnrolmentStatus | '';
  search: string;
}

/** `GET /api/editions/:id/enrolments?role=&status=&search=&page=`: one page of the edition's enrolments. */
export function listEnrolments(editionId: string, filter: EnrolmentsFilter, page: number, signal?: AbortSignal): Promise<Page<EnrolmentListItem>> {
  const query = new URLSearchParams({ page: String(page) });
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  return api.get<Page<EnrolmentListItem>>(`/editions/${encodeURIComponent(editionId)}/enrolments?${query}`, { signal });
}

/** `GET /api/editions/:id/enrolments.xlsx|csv?lang=`: everyone enrolled, as a plain link (the browser sends the session cookie). */
export const enrolmentsExportUrl = (editionId: string, format: ExportFormat, language: Locale) =>
  `${API_BASE}/editions/${encodeURIComponent(editionId)}/enrolments.${format}?lang=${language}`;

export function useEnrolments(editionId: string, filter: EnrolmentsFilter, page: number) {
  return useQuery({
    queryKey: [...enrolmentsKey(editionId), filter, page],
    queryFn: ({ signal }) => listEnrolments(editionId, filter, page, signal),
    placeholderData: keepPreviousData,
  });
}
