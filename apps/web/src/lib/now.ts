import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every minute, so a page that says "now happening" or hides a link until
 * a moment keeps up without a reload. Tests replace this module to fix the clock.
 */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
