import { useMutation, useQueryClient } from '@tanstack/react-query';
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

/** Ends the session. The caller navigates away first, then calls `forgetSession` from the result. */
export function useLogout() {
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: logout, onSuccess: resetCsrfToken });
  const forgetSession = () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData(meQueryKey, null);
  };
  return { ...mutation, forgetSession };
}
