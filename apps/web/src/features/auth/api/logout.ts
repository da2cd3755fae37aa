import type { LogoutResponse } from '@koers/shared/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, api, resetCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

/**
 * `POST /api/auth/logout` → where to end the provider's session too, after single sign-on. A 401 means the session
 * had already ended: logged out all the same.
 */
export function logout(): Promise<LogoutResponse> {
  return endingSessions('/auth/logout');
}

/** Ends the session(s) at `path`; a 401 means the session had already ended: logged out all the same. */
async function endingSessions(path: string): Promise<LogoutResponse> {
  try {
    return await api.post<LogoutResponse>(path);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
    return { providerLogout: null };
  }
}

/** Forgets everything cached about the person who was logged in. */
export function useForgetSession() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData(meQueryKey, null);
  }, [queryClient]);
}

/**
 * What the login page is told when the person has just logged out: forget them now, and go nowhere else; after
 * single sign-on also where to end the provider's session.
 */
export const loggedOutState = ({ providerLogout }: LogoutResponse) => ({ loggedOut: true as const, providerLogout });

type LoggedOutState = ReturnType<typeof loggedOutState>;

export const cameFromLogout = (state: unknown) => (state as LoggedOutState | null)?.loggedOut === true;

export const providerLogoutOf = (state: unknown) => (cameFromLogout(state) ? ((state as LoggedOutState).providerLogout ?? null) : null);

/** Ends the session on the server; the caller then goes to the login page with `loggedOutState`. */
export function useLogout() {
  return useMutation({ mutationFn: logout, onSuccess: resetCsrfToken });
}

/** `POST /api/auth/logout-everywhere`: every session of the person ends, on every device, this one too. */
export function logoutEverywhere(): Promise<LogoutResponse> {
  return endingSessions('/auth/logout-everywhere');
}

/** Ends every session; the caller then goes to the login page with `loggedOutState`, as after logging out. */
export function useLogoutEverywhere() {
  return useMutation({ mutationFn: logoutEverywhere, onSuccess: resetCsrfToken });
}
