import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { apiTokensKey } from './list-tokens';

/** `DELETE /api/me/tokens/:id` → 204; the token stops working at once. */
export function revokeApiToken(tokenId: string): Promise<void> {
  return api.delete<void>(`/me/tokens/${encodeURIComponent(tokenId)}`);
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeApiToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensKey }) });
}
