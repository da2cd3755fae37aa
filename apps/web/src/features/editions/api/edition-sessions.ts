import { useQuery } from '@tanstack/react-query';
import type { EditionSession } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { editionKey } from './edition';

export const editionSessionsKey = (editionId: string) => [...editionKey(editionId), 'sessions'] as const;

/** `GET /api/editions/:id/sessions`: every session in time order, cancelled ones included. */
export function listEditionSessions(editionId: string, signal?: AbortSignal): Promise<EditionSession[]> {
  return api.get<EditionSession[]>(`/editions/${encodeURIComponent(editionId)}/sessions`, { signal });
}

export function useEditionSessions(editionId: string) {
  return useQuery({ queryKey: editionSessionsKey(editionId), queryFn: ({ signal }) => listEditionSessions(editionId, signal) });
}
