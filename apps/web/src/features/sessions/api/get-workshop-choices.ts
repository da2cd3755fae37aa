import { useQuery } from '@tanstack/react-query';
import type { WorkshopChoicesResponse } from '@koers/shared/workshops';
import { api } from '../../../lib/api-client';
import { workshopsKey } from './get-workshops';

/** Under the workshops' key, so whatever refreshes the workshops (a choice, placing the rest, saving) refreshes this too. */
export const workshopChoicesKey = (sessionId: string) => [...workshopsKey(sessionId), 'choices'] as const;

/** `GET /api/sessions/:id/workshops/choices` (programme office) → who is placed and waiting per workshop, and who has not chosen. */
export function fetchWorkshopChoices(sessionId: string, signal?: AbortSignal): Promise<WorkshopChoicesResponse> {
  return api.get<WorkshopChoicesResponse>(`/sessions/${encodeURIComponent(sessionId)}/workshops/choices`, { signal });
}

export function useWorkshopChoices(sessionId: string) {
  return useQuery({ queryKey: workshopChoicesKey(sessionId), queryFn: ({ signal }) => fetchWorkshopChoices(sessionId, signal) });
}
