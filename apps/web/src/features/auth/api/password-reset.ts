import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeResponse, PasswordLinkCheck, PasswordResetConfirm, PasswordResetRequest } from '@koers/shared/api';
import { api, resetCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

/** `POST /api/auth/password-reset/request` → 202, whether or not the address has an account. */
export function requestPasswordReset(body: PasswordResetRequest): Promise<void> {
  return api.post<void>('/auth/password-reset/request', body);
}

/** `POST /api/auth/password-reset/confirm` → 204; 400 when the token is invalid or expired. */
export function confirmPasswordReset(body: PasswordResetConfirm): Promise<void> {
  return api.post<void>('/auth/password-reset/confirm', body);
}

/** `POST /api/auth/password-link/check` → 204 while the link works; 400 with the refusal choosing a password would get. */
export function checkPasswordLink(body: PasswordLinkCheck): Promise<void> {
  return api.post<void>('/auth/password-link/check', body);
}

/** Asked once as the link's page opens: a link used or expired is said before anyone types a password for it. */
export function usePasswordLinkCheck(token: string, first: boolean) {
  return useQuery({
    queryKey: ['password-link', token, first],
    queryFn: () => checkPasswordLink({ token, first }).then(() => true),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}

/** `POST /api/auth/first-password` → the person, now logged in; 400 when the token is invalid or expired. */
export function chooseFirstPassword(body: PasswordResetConfirm): Promise<MeResponse> {
  return api.post<MeResponse>('/auth/first-password', body);
}

/** Choosing the first password logs in, like `useLogin`. */
export function useChooseFirstPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: chooseFirstPassword,
    onSuccess: (me) => {
      resetCsrfToken();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
