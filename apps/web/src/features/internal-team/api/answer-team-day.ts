import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyInternalTeamResponse } from '@koers/shared/internal-team';
import type { Rsvp } from '@koers/shared/rsvp';
import { api } from '../../../lib/api-client';
import { myInternalTeamKey } from './my-internal-team';

/** `PUT /api/sessions/:id/rsvp` for an internal-team day: attending or declined; 409 once the day has started. */
export function answerTeamDay(sessionId: string, response: 'attending' | 'declined'): Promise<Rsvp> {
  return api.put<Rsvp>(`/sessions/${encodeURIComponent(sessionId)}/rsvp`, { response });
}

export function useAnswerTeamDay(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (response: 'attending' | 'declined') => answerTeamDay(sessionId, response),
    onSuccess: ({ response }) => {
      queryClient.setQueryData<MyInternalTeamResponse>(myInternalTeamKey, (data) =>
        data && {
          ...data,
          supporting: data.supporting.map((supported) => ({
            ...supported,
            days: supported.days.map((day) => (day.sessionId === sessionId ? { ...day, rsvp: { response } } : day)),
          })),
        },
      );
    },
  });
}
