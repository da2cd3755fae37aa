import { useQuery } from '@tanstack/react-query';
import type { NotificationPreferences } from '@koers/shared/notifications';
import { api } from '../../../lib/api-client';

// Not under ['me']: logging in or out keeps that key, and preferences must not outlive the session.
export const preferencesKey = ['notifications', 'preferences'] as const;

/** `GET /api/me/preferences` → whether the person gets reminders, and the language of their mails. */
export function getPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return api.get<NotificationPreferences>('/me/preferences', { signal });
}

export function usePreferences() {
  return useQuery({ queryKey: preferencesKey, queryFn: ({ signal }) => getPreferences(signal) });
}
