import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HidePostRequest } from '@koers/shared/discussions';
import { api } from '../../../lib/api-client';
import { myChallengeQueries } from './get-my-challenge';
import { participantChallengeQueries } from './get-participant-challenge';

/** `POST /api/challenge-log-comments/:id/hide` (trainers, the group's facilitators); the challenge is read again. */
export function useHideChallengeComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, ...body }: HidePostRequest & { commentId: string }) =>
      api.post<void>(`/challenge-log-comments/${encodeURIComponent(commentId)}/hide`, body),
    onSuccess: () =>
      Promise.all([myChallengeQueries, participantChallengeQueries].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
