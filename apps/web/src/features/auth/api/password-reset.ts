import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeResponse, PasswordResetConfirm, PasswordResetRequest } from '@koers/shared/api';
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
