import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';

/**
 * What a page module may export as `prefetch`: asks for the data the page shows first, given the route's parameters.
 * On a first visit the app calls it as soon as the page's code is there, beside `/api/me` rather than after it; the
 * requests listed for the page in `PAGE_FIRST_REQUESTS` the browser has asked for already, and it takes those answers.
 */
export type PagePrefetch = (queryClient: QueryClient, params: Params) => void;

/**
 * How long data a page prefetched counts as fresh: long enough that the page, mounting a moment later, shows it
 * without asking again; short enough that nothing shown is older than a visit back would expect.
 */
export const PREFETCHED_FRESH_MS = 10_000;
