import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BoardMeetingMinutes, PublishMinutesRequest } from '@koers/shared/board-meetings';
import { api } from '../../../lib/api-client';
import { minutesKey, minutesPath } from './get-minutes';

/** `PUT /api/sessions/:id/minutes` publishes (or replaces) the minutes; 409 before the meeting has started. */
export function publishMinutes(sessionId: string, body: PublishMinutesRequest): Promise<BoardMeetingMinutes> {
  return api.put<BoardMeetingMinutes>(minutesPath(sessionId), body);
}

export function usePublishMinutes(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishMinutesRequest) => publishMinutes(sessionId, body),
    onSuccess: (minutes) => queryClient.setQueryData(minutesKey(sessionId), { minutes }),
  });
}
