import type { ChangedSession, RescheduleSessionRequest } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './session-mutation';

/** `PATCH /api/editions/:id/sessions/:sessionId`: a new date, times, venue or link; the session keeps its history. */
export function rescheduleSession({
  editionId,
  sessionId,
  request,
}: {
  editionId: string;
  sessionId: string;
  request: RescheduleSessionRequest;
}): Promise<ChangedSession> {
  return api.patch<ChangedSession>(`/editions/${encodeURIComponent(editionId)}/sessions/${encodeURIComponent(sessionId)}`, request);
}

export const useRescheduleSession = () => useSessionMutation(rescheduleSession);
