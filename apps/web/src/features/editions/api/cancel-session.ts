import type { EditionSession } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './session-mutation';

/** `POST /api/editions/:id/sessions/:sessionId/cancel`: the session stays, marked cancelled. */
export function cancelSession({ editionId, sessionId, reason }: { editionId: string; sessionId: string; reason: string }): Promise<EditionSession> {
  return api.post<EditionSession>(`/editions/${encodeURIComponent(editionId)}/sessions/${encodeURIComponent(sessionId)}/cancel`, { reason });
}

export const useCancelSession = () => useSessionMutation(cancelSession);
