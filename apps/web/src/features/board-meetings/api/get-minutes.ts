import { useQuery } from '@tanstack/react-query';
import type { BoardMeetingMinutes } from '@koers/shared/board-meetings';
import { api } from '../../../lib/api-client';

export const minutesKey = (sessionId: string) => ['board-meetings', 'minutes', sessionId] as const;
export const minutesPath = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/minutes`;

/** `GET /api/sessions/:id/minutes` → the published minutes of a board meeting, for its trainers and the programme office. */
export function fetchMinutes(sessionId: string, signal?: AbortSignal): Promise<{ minutes: BoardMeetingMinutes | null }> {
  return api.get<{ minutes: BoardMeetingMinutes | null }>(minutesPath(sessionId), { signal });
}

export function useMinutes(sessionId: string, enabled = true) {
  return useQuery({ queryKey: minutesKey(sessionId), queryFn: ({ signal }) => fetchMinutes(sessionId, signal), enabled });
}
