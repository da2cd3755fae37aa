import { useQuery } from '@tanstack/react-query';
import type { ExportFormat } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { SessionRsvpOverview } from '@koers/shared/rsvp';
import { API_BASE, api } from '../../../lib/api-client';
import { rsvpOverviewKey } from './rsvp-overview';

/** `GET /api/sessions/:id/rsvps` → everyone invited to answer, with their answer. */
export function fetchSessionRsvps(sessionId: string, signal?: AbortSignal): Promise<SessionRsvpOverview> {
  return api.get<SessionRsvpOverview>(`/sessions/${encodeURIComponent(sessionId)}/rsvps`, { signal });
}

export function useSessionRsvps(sessionId: string) {
  return useQuery({ queryKey: [...rsvpOverviewKey, sessionId], queryFn: ({ signal }) => fetchSessionRsvps(sessionId, signal) });
}

/** `GET /api/sessions/:id/rsvps.xlsx|csv?lang=` as a plain link: the browser downloads it with the session cookie. */
export function sessionRsvpsExportUrl(sessionId: string, format: ExportFormat, language: Locale): string {
  return `${API_BASE}/sessions/${encodeURIComponent(sessionId)}/rsvps.${format}?lang=${language}`;
}
