import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Locale } from '@koers/shared/domain';
import { ApiError } from '../lib/api-client';
import { I18nProvider, type CatalogueSources } from '../lib/i18n';
import { endSession } from '../lib/session';
import { dutch } from './messages/dutch';

/**
 * Dutch comes with the app (each feature's part with its pages, see `messages/dutch.ts`); English is its own
 * download, fetched only when someone chooses English.
 */
export const catalogues: CatalogueSources = {
  nl: dutch,
  en: () => import('./messages/en').then((module) => module.en),
};

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * One query cache for all server state. A 401 from any request means the session
 * has ended: forgetting the person makes the login guard send them to log in,
 * with `?next=` the page they were on, where the text they were writing waits as a draft (lib/draft.ts).
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) endSession(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Retrying cannot fix a 4xx; network trouble and 5xx get two more tries.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

export function AppProviders({
  children,
  queryClient,
  initialLanguage,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  initialLanguage?: Locale;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider catalogues={catalogues} initialLanguage={initialLanguage}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}
