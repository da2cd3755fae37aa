import { useQuery } from '@tanstack/react-query';
import type { DirectoryEntry } from '@koers/shared/directory';
import { api } from '../../../lib/api-client';

/** `GET /api/editions/:id/directory` → the edition's who's who. */
export function fetchDirectory(editionId: string, signal?: AbortSignal): Promise<DirectoryEntry[]> {
  return api.get<DirectoryEntry[]>(`/editions/${encodeURIComponent(editionId)}/directory`, { signal });
}

export function useDirectory(editionId: string | undefined) {
  return useQuery({
    queryKey: ['directory', editionId],
    queryFn: ({ signal }) => fetchDirectory(editionId!, signal),
    enabled: editionId !== undefined,
  });
}
