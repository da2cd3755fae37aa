import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NextSessionAnswer } from '@koers/shared/schedule';
import type { SessionDetail } from '@koers/shared/sessions';
import { api } from '../../../lib/api-client';
import { PREFETCHED_FRESH_MS } from '../../../lib/page-prefetch';
import { sessionKey, sessionQuery } from '../../../lib/session-detail';

/** `GET /api/me/next-session` → the next session as its page shows it: its materials and the assignments due before it. */
export function fetchNextSession(signal?: AbortSignal): Promise<NextSessionAnswer> {
  return api.get<NextSessionAnswer>('/me/next-session', { signal });
}

/**
 * The answer goes into the session's own entry as well, so that whatever refreshes the session (a material added,
 * work handed in) refreshes what to prepare for it too.
 */
export function nextSessionQuery(queryClient: QueryClient) {
  return queryOptions({
    queryKey: ['schedule', 'next'],
    queryFn: async ({ signal }) => {
      const answer = await fetchNextSession(signal);
      if (answer.session) queryClient.setQueryData(sessionKey(answer.session.id), answer.session);
      return answer;
    },
    staleTime: PREFETCHED_FRESH_MS,
  });
}

/**
 * What to prepare for the session `sessionId`. `GET /api/me/next-session` brings it when that is the one (the page's
 * HTML asks for it, so it arrives with the app's code); otherwise (the page stayed open past the end of the session
 * the server named) the session's own request does.
 */
export function usePreparation(sessionId: string): { isPending: boolean; data?: SessionDetail } {
  const next = useQuery(nextSessionQuery(useQueryClient()));
  const session = useQuery({
    ...sessionQuery(sessionId),
    enabled: !next.isPending,
    // Put there a moment ago by `GET /api/me/next-session`, it is shown without asking again.
    staleTime: PREFETCHED_FRESH_MS,
  });
  return next.isPending ? { isPending: true } : session;
}
