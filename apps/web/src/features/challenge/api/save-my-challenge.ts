import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImplementationChallenge, SaveChallengeRequest } from '@koers/shared/challenge';
import { ApiError, api } from '../../../lib/api-client';
import { myChallengeQueries } from './get-my-challenge';

/**
 * `PUT /api/me/challenge` → the saved challenge; 400 with fields, 409 when the edition is archived or
 * (`challenge_changed`) it was saved elsewhere since the form was filled in.
 */
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
    // Saved elsewhere meanwhile: the page shows that version once the form is left.
    onError: (error) => {
      if (savedElsewhere(error) !== undefined) void queryClient.invalidateQueries({ queryKey: myChallengeQueries });
    },
  });
}

/** The version saved elsewhere (its `updatedAt`) when a save was refused for it (`challenge_changed`), else undefined. */
export function savedElsewhere(error: unknown): string | null | undefined {
  if (!(error instanceof ApiError) || error.code !== 'challenge_changed') return undefined;
  return (error.body.details?.updatedAt as string | null | undefined) ?? null;
}
