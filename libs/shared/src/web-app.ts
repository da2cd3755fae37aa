/**
 * The built web app as the API serves it. The build lists, per path of the app's router, what a first visit to that
 * path needs besides index.html's own files; the API names those files in the page it sends (`<link rel="modulepreload">`).
 */

/** Where the build writes the list, under the web app's `dist/`; beside Vite's own manifest, never served as a file. */
export const PAGE_PRELOADS_FILE = '.vite/page-preloads.json';

/** What a first visit to one of the app's paths fetches besides index.html's own files. */
export interface PagePreload {
  /** A route path as react-router writes it: `/sessies/:sessionId/aanwezigheid`. */
  path: string;
  /** The page's script chunks: its own and those it imports that index.html does not load already. */
  scripts: string[];
  /** Its stylesheets. */
  styles: string[];
}

export interface PagePreloads {
  pages: PagePreload[];
}

/**
 * The API requests a page's first screen waits for, by route path (a `:parameter` is filled in from the visited path).
 * The API names them in the page it sends (`<link rel="preload" as="fetch">`), so that on a first visit they are
 * answered while the app's code downloads; the page's own request for them (its `prefetch`) then takes that answer
 * rather than asking once the code has run. A request listed here must be the page's to the letter (path, query),
 * or the browser asks twice.
 */
export const PAGE_FIRST_REQUESTS: Readonly<Record<string, readonly string[]>> = {
  '/programma': ['/api/me/schedule', '/api/me/next-session', '/api/me/calendar'],
  '/sessies/:sessionId/aanwezigheid': ['/api/sessions/:sessionId/check-in', '/api/sessions/:sessionId/roster'],
};
