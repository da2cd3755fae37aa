import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirm, PasswordResetRequest } from '@koers/shared/api';
import { api } from '../../../lib/api-client';

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
