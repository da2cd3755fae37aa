import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Rsvp, RsvpRequest } from '@koers/shared/rsvp';
import { api } from '../../../lib/api-client';
import { myBoardMeetingsKey } from './my-board-meetings';

/** `PUT /api/sessions/:id/rsvp` → the stored answer; 409 once the meeting has started, 400 for a delegate without name or email. */
export function answerRsvp(sessionId: string, body: RsvpRequest): Promise<Rsvp> {
  return api.put<Rsvp>(`/sessions/${encodeURIComponent(sessionId)}/rsvp`, body);
}

export function useAnswerRsvp(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RsvpRequest) => answerRsvp(sessionId, body),
    onSuccess: (rsvp) => {
      queryClient.setQueryData<{ sessionId: string; rsvp: Rsvp | null }[]>(myBoardMeetingsKey, (meetings) =>
        meetings?.map((meeting) => (meeting.sessionId === sessionId ? { ...meeting, rsvp } : meeting)),
      );
    },
  });
}
