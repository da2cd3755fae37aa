import { render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ReactNode } from 'react';
import type { Locale } from '@koers/shared/domain';
import { AppProviders, catalogues, createQueryClient } from '../src/app/providers';
import { I18nProvider } from '../src/lib/i18n';
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

/** The app's i18n provider with the real catalogues (English loads as in the app), for tests of one component. */
export function TestI18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Locale }) {
  return (
    <I18nProvider catalogues={catalogues} initialLanguage={initialLanguage}>
      {children}
    </I18nProvider>
  );
}
