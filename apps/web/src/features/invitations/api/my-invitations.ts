import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReceivedInvitation } from '@koers/shared/invitations';
import { api } from '../../../lib/api-client';

export const myInvitationsKey = ['invitations'] as const;

/** `GET /api/me/invitations` → the invitations waiting for the viewer's answer. */
export function fetchMyInvitations(signal?: AbortSignal): Promise<ReceivedInvitation[]> {
  return api.get<ReceivedInvitation[]>('/me/invitations', { signal });
}

export const myInvitationsQuery = queryOptions({ queryKey: myInvitationsKey, queryFn: ({ signal }) => fetchMyInvitations(signal) });

export function useMyInvitations() {
  return useQuery(myInvitationsQuery);
}
