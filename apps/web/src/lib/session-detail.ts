/**
 * A session as its page shows it, `GET /api/sessions/:id`, under one cache key for every feature that shows it: the
 * session page (`features/sessions`) and what to prepare on *Mijn programma* (`features/schedule`). What refreshes
 * the one (a material added, the record saved) then refreshes the other.
 */
import { queryOptions } from '@tanstack/react-query';
import type { SessionDetail } from '@koers/shared/sessions';
import { api } from './api-client';

export const sessionKey = (sessionId: string) => ['sessions', sessionId] as const;

/**
 * The session's key and request, which each feature's hook extends with its own timing; 403 for people not expected
 * at the session, 404 for an unknown id.
 */
export const sessionQuery = (sessionId: string) =>
  queryOptions({
    queryKey: sessionKey(sessionId),
    queryFn: ({ signal }) => api.get<SessionDetail>(`/sessions/${encodeURIComponent(sessionId)}`, { signal }),
  });
