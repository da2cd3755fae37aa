import { useQuery } from '@tanstack/react-query';
import type { EditionDetail } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { editionsKey } from '../../../lib/editions';

export const editionKey = (editionId: string) => [...editionsKey, editionId] as const;

/** `GET /api/editions/:id`. */
export function getEdition(editionId: string, signal?: AbortSignal): Promise<EditionDetail> {
  return api.get<EditionDetail>(`/editions/${encodeURIComponent(editionId)}`, { signal });
}

export function useEdition(editionId: string) {
  return useQuery({ queryKey: editionKey(editionId), queryFn: ({ signal }) => getEdition(editionId, signal) });
}
