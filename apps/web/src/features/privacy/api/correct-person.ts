import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '@koers/shared/api';
import type { PersonChangeEntry, UpdatePersonRequest } from '@koers/shared/people';
import type { PersonSummary } from '@koers/shared/privacy';
import { api } from '../../../lib/api-client';
import { peopleKey } from './search-people';

const changesKey = (personId: string) => [...peopleKey, personId, 'changes'] as const;

/** `PATCH /api/admin/people/:id` → the corrected person; 409 `email_taken` when another account has the address. */
export function correctPerson({ personId, ...body }: UpdatePersonRequest & { personId: string }): Promise<PersonSummary> {
  return api.patch<PersonSummary>(`/admin/people/${encodeURIComponent(personId)}`, body);
}

export function useCorrectPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: correctPerson,
    // The person may appear in any cached list (enrolments, rosters) under their old name.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' }),
  });
}

/** `GET /api/admin/people/:id/changes` → the first page of corrections, newest first. */
export function usePersonChanges(personId: string) {
  return useQuery({
    queryKey: changesKey(personId),
    queryFn: ({ signal }) => api.get<Page<PersonChangeEntry>>(`/admin/people/${encodeURIComponent(personId)}/changes`, { signal }),
  });
}
