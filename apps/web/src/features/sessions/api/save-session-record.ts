import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveSessionRecordRequest, SessionDetail, SessionRecord } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';
import { sessionKey } from '../../../lib/session-detail';

/**
 * `PUT /api/sessions/:id/record` → the saved record with its new version; 409 `session_record_conflict`
 * with `details.current` when a colleague saved after `notesVersion`.
 */
export function saveSessionRecord(sessionId: string, body: SaveSessionRecordRequest): Promise<SessionRecord> {
  return api.put<SessionRecord>(`/sessions/${encodeURIComponent(sessionId)}/record`, body);
}

export function useSaveSessionRecord(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSessionRecordRequest) => saveSessionRecord(sessionId, body),
    onSuccess: (record) => queryClient.setQueryData<SessionDetail>(sessionKey(sessionId), (session) => session && { ...session, record }),
  });
}
