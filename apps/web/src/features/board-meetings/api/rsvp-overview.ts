import { useQuery } from '@tanstack/react-query';
import type { RsvpSessionSummary } from '@koers/shared/rsvp';
import { api } from '../../../lib/api-client';

export const rsvpOverviewKey = ['rsvp-overview'] as const;

/** `GET /api/rsvp-overview` → the board meetings and internal-team days of the editions the viewer runs (all, for the programme office). */
export function fetchRsvpOverview(signal?: AbortSignal): Promise<RsvpSessionSummary[]> {
  return api.get<RsvpSessionSummary[]>('/rsvp-overview', { signal });
}

export function useRsvpOverview() {
  return useQuery({ queryKey: rsvpOverviewKey, queryFn: ({ signal }) => fetchRsvpOverview(signal) });
}
