import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, MeResponse } from '@koers/shared/api';
import { api, resetCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

/** `POST /api/auth/login` → the logged-in person. 401 wrong credentials, 429 rate limited, 400 validation. */
export function login(body: LoginRequest): Promise<MeResponse> {
  return api.post<MeResponse>('/auth/login', body);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      resetCsrfToken(); // the token is bound to the session, which just changed
      // Nothing cached for whoever was here before survives.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
