import type { SessionStaffRequest, SessionStaffResult } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './session-mutation';

/** `PUT /api/editions/:id/sessions/:sessionId/staff`: replaces who runs the session; warns about clashes elsewhere. */
export function replaceSessionStaff({
  editionId,
  sessionId,
  staff,
}: {
  editionId: string;
  sessionId: string;
  staff: SessionStaffRequest['staff'];
}): Promise<SessionStaffResult> {
  return api.put<SessionStaffResult>(`/editions/${encodeURIComponent(editionId)}/sessions/${encodeURIComponent(sessionId)}/staff`, { staff });
}

export const useReplaceSessionStaff = () => useSessionMutation(replaceSessionStaff);
