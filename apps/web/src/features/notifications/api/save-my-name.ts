import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeResponse } from '@koers/shared/api';
import type { UpdateMeRequest } from '@koers/shared/people';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

/** `PATCH /api/me` → the person with their corrected name; 400 when the name is empty, too long or holds control characters. */
export function saveMyName(body: UpdateMeRequest): Promise<MeResponse> {
  return api.patch<MeResponse>('/me', body);
}

export function useSaveMyName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyName,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
