import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionMaterial } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';
import { sessionKey } from '../../../lib/session-detail';

/** `POST /api/sessions/:id/materials` (multipart, field `file`) → the material; 413 over 25 MB, 415 for other file types. */
export function uploadMaterial(sessionId: string, file: File): Promise<SessionMaterial> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<SessionMaterial>(`/sessions/${encodeURIComponent(sessionId)}/materials`, form);
}

export function useUploadMaterial(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadMaterial(sessionId, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey(sessionId) }),
  });
}
