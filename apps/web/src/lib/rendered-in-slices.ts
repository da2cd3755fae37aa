import { useDeferredValue } from 'react';

/**
 * A query's result for a page that renders a lot from it (a schedule, a roster). React Query hands new data to React
 * as a store update, which React renders at once, in one task: on a phone, the page's whole content in a task of
 * well over 50 ms during which a tap waits. Through here the page first renders as it was, then the new data as a
 * transition, which React renders in slices between which the browser stays responsive.
 */
export function useRenderedInSlices<T>(result: T): T {
  return useDeferredValue(result);
}
