/** The single sign-on providers, as one app-wide query on `GET /api/auth/providers` (public; read by the login page and the person admin page). */
import { useQuery } from '@tanstack/react-query';
import type { AuthProvider } from '@koers/shared/api';
import { api } from './api-client';

export function useLoginProviders() {
  return useQuery({
    queryKey: ['login-providers'],
    queryFn: ({ signal }) => api.get<AuthProvider[]>('/auth/providers', { signal }),
    // The configuration changes only with a restart.
    staleTime: Infinity,
  });
}

/** Where a provider's button sends the browser (a full page load: the provider's login page is on another site). */
export const providerLoginHref = (name: string, next: string) => `/api/auth/oidc/${encodeURIComponent(name)}/login?${new URLSearchParams({ next })}`;
