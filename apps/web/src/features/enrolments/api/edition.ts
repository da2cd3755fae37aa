import { useQuery } from '@tanstack/react-query';
import type { EditionDetail } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';

/** The editions feature caches the same edition under this key, so both pages share it. */
export const editionKey = (editionId: string) => ['editions', editionId] as const;

/** `GET /api/editions/:id`: name, capacity and how full it is. */
export function getEdition(editionId: string, signal?: AbortSignal): Promise<EditionDetail> {
  return api.get<EditionDetail>(`/editions/${encodeURIComponent(editionId)}`, { signal });
}

export function useEdition(editionId: string) {
  return useQuery({ queryKey: editionKey(editionId), queryFn: ({ signal }) => getEdition(editionId, signal) });
}
