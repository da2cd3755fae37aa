import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { meQuery } from '../lib/session';
import { AppProviders, createQueryClient } from './providers';
import { prefetchPageData, preloadPage, routes } from './router';
import './styles.css';

// Who is logged in and what the page shows first are fetched side by side, before React renders: on a phone
// each round trip waited for is a few hundred milliseconds before the page shows.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(meQuery);
prefetchPageData(window.location, queryClient);

const router = createBrowserRouter(routes);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

// The page's code once the first frame ("Laden…" under the header) is painted, rather than before: evaluating it
// would hold that paint back.
requestAnimationFrame(() => setTimeout(() => preloadPage(window.location)));
