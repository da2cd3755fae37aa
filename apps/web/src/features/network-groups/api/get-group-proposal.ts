import { useMutation } from '@tanstack/react-query';
import type { GroupProposal, GroupProposalKey } from '@koers/shared/network-groups';
import { api } from '../../../lib/api-client';

/** `GET /api/editions/:id/groups/proposal?by=&count=` → a balanced division to edit; nothing is saved. */
export function fetchGroupProposal(editionId: string, by: GroupProposalKey, count: number): Promise<GroupProposal> {
  const query = new URLSearchParams({ by, count: String(count) });
  return api.get<GroupProposal>(`/editions/${encodeURIComponent(editionId)}/groups/proposal?${query.toString()}`);
}

/** Asked for on a click, so a mutation rather than a cached query. */
export function useGroupProposal(editionId: string) {
  return useMutation({ mutationFn: ({ by, count }: { by: GroupProposalKey; count: number }) => fetchGroupProposal(editionId, by, count) });
}
