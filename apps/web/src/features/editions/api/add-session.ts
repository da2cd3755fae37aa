import type { AddSessionRequest, ChangedSession } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './session-mutation';

/** `POST /api/editions/:id/sessions`: a session the curriculum did not plan. */
export function addSession({ editionId, request }: { editionId: string; request: AddSessionRequest }): Promise<ChangedSession> {
  return api.post<ChangedSession>(`/editions/${encodeURIComponent(editionId)}/sessions`, request);
}

export const useAddSession = () => useSessionMutation(addSession);
