import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ErasePersonResponse } from '@koers/shared/privacy';
import { api } from '../../../lib/api-client';

/** `DELETE /api/admin/people/:id` erases a person; 409 for oneself or someone already erased, 404 for an unknown id. */
export function erasePerson(personId: string): Promise<ErasePersonResponse> {
  return api.delete<ErasePersonResponse>(`/admin/people/${encodeURIComponent(personId)}`);
}

export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePerson,
    // Every cached list may show the person: after an erasure none of it is true any more.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' }),
  });
}
