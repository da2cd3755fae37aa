import { useQuery } from '@tanstack/react-query';
import type { ApiTokenSummary } from '@koers/shared/api-tokens';
import { api } from '../../../lib/api-client';

// Not under ['me']: logging in or out keeps that key, and the list must not outlive the session.
export const apiTokensKey = ['api-tokens'] as const;

/** `GET /api/me/tokens` → one's own API tokens, newest first, without the tokens themselves. */
export function listApiTokens(signal?: AbortSignal): Promise<ApiTokenSummary[]> {
  return api.get<ApiTokenSummary[]>('/me/tokens', { signal });
}

export function useApiTokens() {
  return useQuery({ queryKey: apiTokensKey, queryFn: ({ signal }) => listApiTokens(signal) });
}
