import { useQuery } from '@tanstack/react-query';
import type { DirectorParticipant } from '@koers/shared/directors';
import { api } from '../../../lib/api-client';

/** `GET /api/director/participants` → the participants whose enrolment names the viewer as director; 403 for anyone who is no director. */
export function fetchDirectorParticipants(signal?: AbortSignal): Promise<DirectorParticipant[]> {
  return api.get<DirectorParticipant[]>('/director/participants', { signal });
}

export function useDirectorParticipants() {
  return useQuery({ queryKey: ['director', 'participants'], queryFn: ({ signal }) => fetchDirectorParticipants(signal) });
}
