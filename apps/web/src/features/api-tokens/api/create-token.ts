import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateApiTokenRequest, CreatedApiToken } from '@koers/shared/api-tokens';
import { api } from '../../../lib/api-client';
import { apiTokensKey } from './list-tokens';

/** `POST /api/me/tokens` → the new token's id and the token itself, shown this once; 400 for a bad name or expiry. */
export function createApiToken(body: CreateApiTokenRequest): Promise<CreatedApiToken> {
  return api.post<CreatedApiToken>('/me/tokens', body);
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApiToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensKey }) });
}
