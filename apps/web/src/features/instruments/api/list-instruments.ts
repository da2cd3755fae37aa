import { useQuery } from '@tanstack/react-query';
import type { InstrumentView } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';

export const instrumentsKey = ['instruments'] as const;

/** `GET /api/instruments` → every instrument with all its versions, newest first (programme office only). */
export function listInstruments(signal?: AbortSignal): Promise<InstrumentView[]> {
  return api.get<InstrumentView[]>('/instruments', { signal });
}

export function useInstruments() {
  return useQuery({ queryKey: instrumentsKey, queryFn: ({ signal }) => listInstruments(signal) });
}
