import { useQuery } from '@tanstack/react-query';
import type { ProgrammeSummary } from '@koers/shared/programmes';
import { api } from './api-client';

export const programmesKey = ['programmes'] as const;

/** `GET /api/programmes` (programme office): the programmes that editions are opened from, and closed days are set for. */
export function listProgrammes(signal?: AbortSignal): Promise<ProgrammeSummary[]> {
  return api.get<ProgrammeSummary[]>('/programmes', { signal });
}

export function useProgrammes() {
  return useQuery({ queryKey: programmesKey, queryFn: ({ signal }) => listProgrammes(signal) });
}
