import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionKey } from '../../../lib/session-detail';

/** `DELETE /api/sessions/:id/materials/:materialId` → 204; the file is removed too. */
export function deleteMaterial(sessionId: string, materialId: string): Promise<void> {
  return api.delete<void>(`/sessions/${encodeURIComponent(sessionId)}/materials/${encodeURIComponent(materialId)}`);
}

export function useDeleteMaterial(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (materialId: string) => deleteMaterial(sessionId, materialId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey(sessionId) }),
  });
}
