import { useQuery } from '@tanstack/react-query';
import type { ImplementationChallenge } from '@koers/shared/challenge';
import { api } from '../../../lib/api-client';

/** Every cached challenge read by enrolment: comments update them all. */
export const participantChallengeQueries = ['challenge', 'enrolment'] as const;

/**
 * `GET /api/enrolments/:id/challenge` → a participant's challenge, for their trainers, director and internal team,
 * and for the members of their network group (peer feedback).
 */
export function fetchParticipantChallenge(enrolmentId: string, signal?: AbortSignal): Promise<ImplementationChallenge> {
  return api.get<ImplementationChallenge>(`/enrolments/${encodeURIComponent(enrolmentId)}/challenge`, { signal });
}

export function useParticipantChallenge(enrolmentId: string) {
  return useQuery({ queryKey: [...participantChallengeQueries, enrolmentId], queryFn: ({ signal }) => fetchParticipantChallenge(enrolmentId, signal) });
}
