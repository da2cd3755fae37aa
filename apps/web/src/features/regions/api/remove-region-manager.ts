import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { regionManagersKey } from './region-managers';

/** `DELETE /api/regions/:id/managers/:personId` → 204; the person no longer sees the region. */
export function removeRegionManager(regionId: string, personId: string): Promise<void> {
  return api.delete<void>(`/regions/${encodeURIComponent(regionId)}/managers/${encodeURIComponent(personId)}`);
}

export function useRemoveRegionManager(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => removeRegionManager(regionId, personId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionManagersKey(regionId) }),
  });
}
