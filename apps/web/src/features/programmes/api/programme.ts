import { useQuery } from '@tanstack/react-query';
import type { ProgrammeDetail } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';
import { programmesKey } from '../../../lib/programmes';

export const programmeKey = (programmeId: string) => [...programmesKey, programmeId] as const;

/** `GET /api/programmes/:id`: the programme with its curriculum template. */
export function getProgramme(programmeId: string, signal?: AbortSignal): Promise<ProgrammeDetail> {
  return api.get<ProgrammeDetail>(`/programmes/${encodeURIComponent(programmeId)}`, { signal });
}

export function useProgramme(programmeId: string) {
  return useQuery({ queryKey: programmeKey(programmeId), queryFn: ({ signal }) => getProgramme(programmeId, signal) });
}
