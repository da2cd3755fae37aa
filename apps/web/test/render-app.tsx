import { render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '../src/app/providers';
import { routes } from '../src/app/router';

/** Renders the whole app (providers, router, layout) at a path, as a browser would. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  /** Resolves once no query or mutation is in flight, so nothing re-renders behind a test's back. */
  const idle = () => waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));
  return { ...view, router, queryClient, idle };
}
