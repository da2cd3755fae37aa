import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiTokenSummary } from '@koers/shared/api-tokens';
import { api } from '../../../lib/api-client';
import { peopleKey } from './search-people';

const tokensKey = (personId: string) => [...peopleKey, personId, 'api-tokens'] as const;

/** `GET /api/admin/people/:id/tokens` → the person's API tokens, newest first (programme office). */
export function usePersonApiTokens(personId: string) {
  return useQuery({
    queryKey: tokensKey(personId),
    queryFn: ({ signal }) => api.get<ApiTokenSummary[]>(`/admin/people/${encodeURIComponent(personId)}/tokens`, { signal }),
  });
}

/** `DELETE /api/admin/people/:id/tokens/:tokenId` → 204; the token stops working at once. */
export function useRevokePersonApiToken(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api.delete<void>(`/admin/people/${encodeURIComponent(personId)}/tokens/${encodeURIComponent(tokenId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey(personId) }),
  });
}
