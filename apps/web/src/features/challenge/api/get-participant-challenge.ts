import { useQuery } from '@tanstack/react-query';
import type { ImplementationChallenge } from '@koers/shared/challenge';
import { api } from '../../../lib/api-client';

/** `GET /api/enrolments/:id/challenge` → a participant's challenge, for their trainers, director and internal team. */
export function fetchParticipantChallenge(enrolmentId: string, signal?: AbortSignal): Promise<ImplementationChallenge> {
  return api.get<ImplementationChallenge>(`/enrolments/${encodeURIComponent(enrolmentId)}/challenge`, { signal });
}

export function useParticipantChallenge(enrolmentId: string) {
  return useQuery({ queryKey: ['challenge', 'enrolment', enrolmentId], queryFn: ({ signal }) => fetchParticipantChallenge(enrolmentId, signal) });
}
