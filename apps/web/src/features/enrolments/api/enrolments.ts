import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { EnrolmentListItem } from '@koers/shared/enrolments';
import type { EditionRole } from '@koers/shared/roles';
import { api } from '../../../lib/api-client';
import { editionKey } from './edition';

export const enrolmentsKey = (editionId: string) => [...editionKey(editionId), 'enrolments'] as const;

/** `GET /api/editions/:id/enrolments?role=&page=`: one page of the edition's enrolments. */
export function listEnrolments(editionId: string, role: EditionRole | '', page: number, signal?: AbortSignal): Promise<Page<EnrolmentListItem>> {
  const query = new URLSearchParams({ page: String(page) });
  if (role) query.set('role', role);
  return api.get<Page<EnrolmentListItem>>(`/editions/${encodeURIComponent(editionId)}/enrolments?${query}`, { signal });
}

export function useEnrolments(editionId: string, role: EditionRole | '', page: number) {
  return useQuery({
    queryKey: [...enrolmentsKey(editionId), role, page],
    queryFn: ({ signal }) => listEnrolments(editionId, role, page, signal),
    placeholderData: keepPreviousData,
  });
}
