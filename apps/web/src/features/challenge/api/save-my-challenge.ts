import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImplementationChallenge, SaveChallengeRequest } from '@koers/shared/challenge';
import { api } from '../../../lib/api-client';
import { myChallengeQueries } from './get-my-challenge';

/** `PUT /api/me/challenge` → the saved challenge; 400 with fields, 409 when the edition is archived. */
export function saveMyChallenge(body: SaveChallengeRequest): Promise<ImplementationChallenge> {
  return api.put<ImplementationChallenge>('/me/challenge', body);
}

export function useSaveMyChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyChallenge,
    onSuccess: (saved) =>
      queryClient.setQueriesData<ImplementationChallenge>({ queryKey: myChallengeQueries }, (challenge) =>
        challenge?.enrolmentId === saved.enrolmentId ? saved : challenge,
      ),
  });
}
