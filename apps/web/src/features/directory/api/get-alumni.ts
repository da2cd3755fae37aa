import { useQuery } from '@tanstack/react-query';
import type { AlumniEntry } from '@koers/shared/directory';
import { api } from '../../../lib/api-client';

/** `GET /api/editions/:id/alumni` → participants of the programme's earlier editions who opted in ("de Rebels"). */
export function useAlumni(editionId: string | undefined, { enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: ['directory', 'alumni', editionId],
    queryFn: ({ signal }) => api.get<AlumniEntry[]>(`/editions/${encodeURIComponent(editionId!)}/alumni`, { signal }),
    enabled: enabled && editionId !== undefined,
  });
}
