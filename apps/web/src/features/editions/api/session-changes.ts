import { useQuery } from '@tanstack/react-query';
import type { SessionChangeEntry } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { editionSessionsKey } from './edition-sessions';

/** `GET /api/editions/:id/sessions/:sessionId/changes`: newest first. */
export function listSessionChanges(editionId: string, sessionId: string, signal?: AbortSignal): Promise<SessionChangeEntry[]> {
  return api.get<SessionChangeEntry[]>(`/editions/${encodeURIComponent(editionId)}/sessions/${encodeURIComponent(sessionId)}/changes`, { signal });
}

export function useSessionChanges(editionId: string, sessionId: string) {
  return useQuery({
    queryKey: [...editionSessionsKey(editionId), sessionId, 'changes'],
    queryFn: ({ signal }) => listSessionChanges(editionId, sessionId, signal),
  });
}
