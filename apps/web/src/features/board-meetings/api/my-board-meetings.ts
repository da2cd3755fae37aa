import { useQuery } from '@tanstack/react-query';
import type { MyBoardMeeting } from '@koers/shared/board-meetings';
import { msUntilAnOnlineLinkOpens } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';

export const myBoardMeetingsKey = ['board-meetings', 'mine'] as const;

/** `GET /api/me/board-meetings` → the board meetings of the editions where the person is director, oldest first. */
export function fetchMyBoardMeetings(signal?: AbortSignal): Promise<MyBoardMeeting[]> {
  return api.get<MyBoardMeeting[]>('/me/board-meetings', { signal });
}

export function useMyBoardMeetings() {
  return useQuery({
    queryKey: myBoardMeetingsKey,
    queryFn: ({ signal }) => fetchMyBoardMeetings(signal),
    // The online link is handed out from 30 minutes before the start: fetch again when it opens.
    refetchInterval: (query) => msUntilAnOnlineLinkOpens(query.state.data ?? []) ?? false,
  });
}
