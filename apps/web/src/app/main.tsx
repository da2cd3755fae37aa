import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { meQuery } from '../lib/session';
import { AppProviders, createQueryClient } from './providers';
import { preloadPage, routes } from './router';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Who is logged in is what every page waits for first: ask before React renders, not once its first frame is up.
// index.html has the browser ask already, beside the app's code; this request takes that answer.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(meQuery);

// In a task of its own, after the one that evaluated the app's modules: creating the router (it ranks every route and
// reads the history) and starting the first render made that task long enough to hold up a tap on a slow phone.
setTimeout(() => {
  const router = createBrowserRouter(routes);
  // As a transition, React renders the app in slices between which the browser stays responsive, rather than in one
  // long task.
  startTransition(() => {
    createRoot(container).render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    );
  });

  // Once the first frame ("Laden…" under the header) is painted, rather than before, so as not to hold that paint
  // back: the page's code (which index.html had the browser fetch already) runs and its data is asked for side by
  // side with `/api/me`, not after it. On a phone each round trip waited for is a few hundred milliseconds before the
  // page shows. Right away, before the first render, measured worse: the page's data then lands in the middle of it.
  requestAnimationFrame(() => setTimeout(() => preloadPage(router.state.matches, queryClient)));
});
