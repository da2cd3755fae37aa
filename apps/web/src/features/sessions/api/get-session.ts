import { useQuery } from '@tanstack/react-query';
import { msUntilAnOnlineLinkOpens } from '@koers/shared/sessions';
import { fetchSession, sessionKey } from '../../../lib/session-detail';

export function useSession(sessionId: string) {
  return useQuery({
    queryKey: sessionKey(sessionId),
    queryFn: ({ signal }) => fetchSession(sessionId, signal),
    // The online link is handed out from 30 minutes before the start: fetch again when it opens.
    refetchInterval: (query) => {
      const session = query.state.data;
      return (session?.hasOnlineLink && msUntilAnOnlineLinkOpens([session])) || false;
    },
  });
}
