import { useQuery } from '@tanstack/react-query';
import type { ProgrammeSummary } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';

/** `GET /api/programmes`: what a new edition can be opened from. */
export function listProgrammes(signal?: AbortSignal): Promise<ProgrammeSummary[]> {
  return api.get<ProgrammeSummary[]>('/programmes', { signal });
}

export function useProgrammes() {
  return useQuery({ queryKey: ['programmes'], queryFn: ({ signal }) => listProgrammes(signal) });
}
