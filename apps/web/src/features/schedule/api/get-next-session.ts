import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NextSessionAnswer } from '@koers/shared/schedule';
import type { SessionDetail } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';
import { PREFETCHED_FRESH_MS } from '../../../lib/page-prefetch';
import { useSession } from './get-session';

/** `GET /api/me/next-session` → the next session as its page shows it: its materials and the assignments due before it. */
export function fetchNextSession(signal?: AbortSignal): Promise<NextSessionAnswer> {
  return api.get<NextSessionAnswer>('/me/next-session', { signal });
}

export const nextSessionQuery = queryOptions({
  queryKey: ['schedule', 'next'],
  queryFn: ({ signal }) => fetchNextSession(signal),
  staleTime: PREFETCHED_FRESH_MS,
});

/**
 * What to prepare for the session `sessionId`: from `GET /api/me/next-session` when that is the one (the page's HTML
 * asks for it, so it arrives with the app's code), else from the session itself (the page stayed open past the end
 * of the session the server named, or could not name one).
 */
export function usePreparation(sessionId: string): { isPending: boolean; data?: SessionDetail } {
  const next = useQuery(nextSessionQuery);
  const named = next.data?.session?.id === sessionId ? next.data.session : undefined;
  const own = useSession(next.isPending || named ? undefined : sessionId);
  if (named) return { isPending: false, data: named };
  return next.isPending ? { isPending: true } : own;
}
