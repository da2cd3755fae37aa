import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './providers';
import { preloadPage, routes } from './router';
import './styles.css';

const router = createBrowserRouter(routes);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

// Once the first frame ("Laden…" under the header) is painted, rather than before, so as not to hold that paint
// back: the page's code downloads side by side with `/api/me` (which the header asks for), not after it. On a
// phone each round trip waited for is a few hundred milliseconds before the page shows.
requestAnimationFrame(() => setTimeout(() => preloadPage(window.location)));
