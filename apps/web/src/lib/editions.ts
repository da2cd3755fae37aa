import { useQuery } from '@tanstack/react-query';
import type { EditionSummary } from '@koers/shared/editions';
import { api } from './api-client';

export const editionsKey = ['editions'] as const;

/** `GET /api/editions`: the admin overview, newest first. */
export function listEditions(signal?: AbortSignal): Promise<EditionSummary[]> {
  return api.get<EditionSummary[]>('/editions', { signal });
}

/** `enabled: false` for someone who is not the programme office: the list is theirs alone. */
export function useEditions({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: editionsKey, queryFn: ({ signal }) => listEditions(signal), enabled });
}
