/**
 * A session as its page shows it, `GET /api/sessions/:id`, under one cache key for every feature that shows it: the
 * session page (`features/sessions`) and what to prepare on *Mijn programma* (`features/schedule`). What refreshes
 * the one (a material added, the record saved) then refreshes the other.
 */
import type { SessionDetail } from '@koers/shared/sessions';
import { api } from './api-client';

export const sessionKey = (sessionId: string) => ['sessions', sessionId] as const;

/** 403 for people not expected at the session, 404 for an unknown id. */
export function fetchSession(sessionId: string, signal?: AbortSignal): Promise<SessionDetail> {
  return api.get<SessionDetail>(`/sessions/${encodeURIComponent(sessionId)}`, { signal });
}
