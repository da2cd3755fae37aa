import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddChallengeLogRequest, ChallengeLogEntry, ImplementationChallenge } from '@koers/shared/challenge';
import { api } from '../../../lib/api-client';
import { myChallengeQueries } from './get-my-challenge';

/** `POST /api/me/challenge/log` → the new entry; 409 until the challenge is described. */
export function addChallengeLog(body: AddChallengeLogRequest): Promise<ChallengeLogEntry> {
  return api.post<ChallengeLogEntry>('/me/challenge/log', body);
}

export function useAddChallengeLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addChallengeLog,
    onSuccess: (entry, request) =>
      queryClient.setQueriesData<ImplementationChallenge>({ queryKey: myChallengeQueries }, (challenge) =>
        challenge && challenge.editionId === request.editionId
          ? { ...challenge, log: [entry, ...challenge.log].sort((a, b) => b.entryDate.localeCompare(a.entryDate)) }
          : challenge,
      ),
  });
}
