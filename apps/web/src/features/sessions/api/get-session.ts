import { useQuery } from '@tanstack/react-query';
import { msUntilAnOnlineLinkOpens } from '@koers/shared/sessions';
import { sessionQuery } from '../../../lib/session-detail';

export function useSession(sessionId: string) {
  return useQuery({
    ...sessionQuery(sessionId),
    // The online link is handed out from 30 minutes before the start: fetch again when it opens.
    refetchInterval: (query) => {
      const session = query.state.data;
      return (session?.hasOnlineLink && msUntilAnOnlineLinkOpens([session])) || false;
    },
  });
}
