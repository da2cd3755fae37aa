import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationPreferences } from '@koers/shared/notifications';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { preferencesKey } from './get-preferences';

/** `PUT /api/me/preferences` → the saved preferences; 400 names the fields that are wrong. */
export function savePreferences(body: NotificationPreferences): Promise<NotificationPreferences> {
  return api.put<NotificationPreferences>('/me/preferences', body);
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePreferences,
    onSuccess: (saved) => {
      queryClient.setQueryData(preferencesKey, saved);
      // `GET /api/me` carries the locale too.
      void queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
