import { useQuery } from '@tanstack/react-query';
import type { EditionSummary } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';

export const editionsKey = ['editions'] as const;

/** `GET /api/editions`: the admin overview, newest first. */
export function listEditions(signal?: AbortSignal): Promise<EditionSummary[]> {
  return api.get<EditionSummary[]>('/editions', { signal });
}

export function useEditions() {
  return useQuery({ queryKey: editionsKey, queryFn: ({ signal }) => listEditions(signal) });
}
