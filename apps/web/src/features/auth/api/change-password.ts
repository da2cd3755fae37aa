import { useMutation } from '@tanstack/react-query';
import type { PasswordChangeRequest } from '@koers/shared/api';
import { api } from '../../../lib/api-client';

/** `POST /api/auth/password` → 204; 400 when the current password is wrong or the new one too weak. */
export function changePassword(body: PasswordChangeRequest): Promise<void> {
  return api.post<void>('/auth/password', body);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
