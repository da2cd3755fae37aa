import { useCallback, useRef } from 'react';

/**
 * Runs an action at most once at a time. A mutation's `isPending` reaches the button only after a macrotask, so the
 * second click of a double click would start the action again; here it does nothing while the first one runs.
 */
export function useSingleFlight(): (action: () => Promise<unknown>) => void {
  const running = useRef(false);
  return useCallback((action) => {
    if (running.current) return;
    running.current = true;
    // The mutation shows its own error; this only has to let the next click through again.
    action()
      .catch(() => undefined)
      .finally(() => {
        running.current = false;
      });
  }, []);
}
