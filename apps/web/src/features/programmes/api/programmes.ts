import { useQuery } from '@tanstack/react-query';
import type { ProgrammeSummary } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';

export const programmesKey = ['programmes'] as const;

/** `GET /api/programmes` (admins). */
export function listProgrammes(signal?: AbortSignal): Promise<ProgrammeSummary[]> {
  return api.get<ProgrammeSummary[]>('/programmes', { signal });
}

export function useProgrammes() {
  return useQuery({ queryKey: programmesKey, queryFn: ({ signal }) => listProgrammes(signal) });
}
