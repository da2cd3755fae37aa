import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExportFormat, Page } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { EnrolmentListItem } from '@koers/shared/enrolments';
import type { EditionRole } from '@koers/shared/roles';
import { API_BASE, api } from '../../../lib/api-client';
import { editionKey } from './edition';

export const enrolmentsKey = (editionId: string) => [...editionKey(editionId), 'enrolments'] as const;

/** `GET /api/editions/:id/enrolments?role=&page=`: one page of the edition's enrolments. */
export function listEnrolments(editionId: string, role: EditionRole | '', page: number, signal?: AbortSignal): Promise<Page<EnrolmentListItem>> {
  const query = new URLSearchParams({ page: String(page) });
  if (role) query.set('role', role);
  return api.get<Page<EnrolmentListItem>>(`/editions/${encodeURIComponent(editionId)}/enrolments?${query}`, { signal });
}

/** `GET /api/editions/:id/enrolments.xlsx|csv?lang=`: everyone enrolled, as a plain link (the browser sends the session cookie). */
export const enrolmentsExportUrl = (editionId: string, format: ExportFormat, language: Locale) =>
  `${API_BASE}/editions/${encodeURIComponent(editionId)}/enrolments.${format}?lang=${language}`;

export function useEnrolments(editionId: string, role: EditionRole | '', page: number) {
  return useQuery({
    queryKey: [...enrolmentsKey(editionId), role, page],
    queryFn: ({ signal }) => listEnrolments(editionId, role, page, signal),
    placeholderData: keepPreviousData,
  });
}
