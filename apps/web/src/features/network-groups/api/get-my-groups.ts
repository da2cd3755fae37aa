import { useQuery } from '@tanstack/react-query';
import type { MyGroup } from '@koers/shared/network-groups';
import { api } from '../../../lib/api-client';

export const myGroupsKey = ['network-groups', 'mine'] as const;

/** `GET /api/me/groups` → the groups the viewer is in or leads, with their people and sessions. */
export function fetchMyGroups(signal?: AbortSignal): Promise<MyGroup[]> {
  return api.get<MyGroup[]>('/me/groups', { signal });
}

export function useMyGroups() {
  return useQuery({ queryKey: myGroupsKey, queryFn: ({ signal }) => fetchMyGroups(signal) });
}
