import { useQuery } from '@tanstack/react-query';
import type { ImplementationChallenge } from '@koers/shared/challenge';
import { api } from '../../../lib/api-client';

/** Every cached own challenge (the current edition's and any picked by id): saves update them all. */
export const myChallengeQueries = ['challenge', 'mine'] as const;
const myChallengeKey = (editionId?: string) => [...myChallengeQueries, editionId ?? 'current'] as const;

/** `GET /api/me/challenge[?editionId=]` → the participant's own challenge with its log; 404 for non-participants. */
export function fetchMyChallenge(editionId: string | undefined, signal?: AbortSignal): Promise<ImplementationChallenge> {
  const query = editionId ? `?${new URLSearchParams({ editionId })}` : '';
  return api.get<ImplementationChallenge>(`/me/challenge${query}`, { signal });
}

export function useMyChallenge(editionId?: string) {
  return useQuery({ queryKey: myChallengeKey(editionId), queryFn: ({ signal }) => fetchMyChallenge(editionId, signal) });
}
