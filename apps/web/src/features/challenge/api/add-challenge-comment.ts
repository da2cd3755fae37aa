import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddChallengeCommentRequest, ChallengeLogComment, ImplementationChallenge } from '@koers/shared/challenge';
import { api } from '../../../lib/api-client';
import { myChallengeQueries } from './get-my-challenge';
import { participantChallengeQueries } from './get-participant-challenge';

/** `POST /api/challenge-log-entries/:id/comments` → the new comment; 403 outside the owner's network group. */
export function addChallengeComment(logEntryId: string, body: AddChallengeCommentRequest): Promise<ChallengeLogComment> {
  return api.post<ChallengeLogComment>(`/challenge-log-entries/${encodeURIComponent(logEntryId)}/comments`, body);
}

/** The challenge with the comment added under its entry (unchanged when the entry is not in it). */
function withComment(challenge: ImplementationChallenge, comment: ChallengeLogComment): ImplementationChallenge {
  return {
    ...challenge,
    log: challenge.log.map((entry) => (entry.id === comment.logEntryId ? { ...entry, comments: [...(entry.comments ?? []), comment] } : entry)),
  };
}

export function useAddChallengeComment(logEntryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddChallengeCommentRequest) => addChallengeComment(logEntryId, body),
    onSuccess: (comment) => {
      for (const queryKey of [myChallengeQueries, participantChallengeQueries]) {
        queryClient.setQueriesData<ImplementationChallenge>({ queryKey }, (challenge) => challenge && withComment(challenge, comment));
      }
    },
  });
}
