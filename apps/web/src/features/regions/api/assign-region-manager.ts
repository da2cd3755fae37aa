import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegionManager } from '@koers/shared/regions';
import { api } from '../../../lib/api-client';
import { regionManagersKey } from './region-managers';

/** `POST /api/regions/:id/managers` → the manager; 404 `person_not_found` when no account has the email. */
export function assignRegionManager(regionId: string, email: string): Promise<RegionManager> {
  return api.post<RegionManager>(`/regions/${encodeURIComponent(regionId)}/managers`, { email });
}

export function useAssignRegionManager(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => assignRegionManager(regionId, email),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionManagersKey(regionId) }),
  });
}
