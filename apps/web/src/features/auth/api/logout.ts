import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, api, resetCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

/** `POST /api/auth/logout` → 204. A 401 means the session had already ended: logged out all the same. */
export async function logout(): Promise<void> {
  try {
    await api.post<void>('/auth/logout');
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
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

/** What the login page is told when the person has just logged out: forget them now, and go nowhere else. */
export const LOGGED_OUT_STATE = { loggedOut: true } as const;

export const cameFromLogout = (state: unknown) => (state as typeof LOGGED_OUT_STATE | null)?.loggedOut === true;

/** Ends the session on the server; the caller then goes to the login page with LOGGED_OUT_STATE. */
export function useLogout() {
  return useMutation({ mutationFn: logout, onSuccess: resetCsrfToken });
}
