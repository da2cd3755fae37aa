import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** A wait longer than a day is left to the next visit (setTimeout takes at most 24.8 days). */
const LONGEST_WAIT_MS = 24 * 3_600_000;
/** Asked a little after the moment, so the server's clock has passed it too. */
const SERVER_CLOCK_MARGIN_MS = 2_000;

/**
 * Fetches the page's data again at `moment` (null: nothing to wait for), so what the server shows only from then on,
 * such as a session's online link, appears without a reload.
 */
export function useRefetchAt(moment: Date | null): void {
  const queryClient = useQueryClient();
  const at = moment?.getTime() ?? null;
  useEffect(() => {
    if (at === null) return;
    const wait = at - Date.now() + SERVER_CLOCK_MARGIN_MS;
    if (wait <= 0 || wait > LONGEST_WAIT_MS) return;
    const timer = setTimeout(() => void queryClient.invalidateQueries({ type: 'active' }), wait);
    return () => clearTimeout(timer);
  }, [at, queryClient]);
}
