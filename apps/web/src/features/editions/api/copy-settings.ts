import { useQuery } from '@tanstack/react-query';
import type { EditionCopySettings } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';
import { editionKey } from './edition';

/** `GET /api/editions/:id/copy-settings`: a previous edition's settings, to open the next one like it. */
export function getCopySettings(editionId: string, signal?: AbortSignal): Promise<EditionCopySettings> {
  return api.get<EditionCopySettings>(`/editions/${encodeURIComponent(editionId)}/copy-settings`, { signal });
}

export function useCopySettings(editionId: string | null) {
  return useQuery({
    queryKey: [...editionKey(editionId ?? ''), 'copy-settings'],
    queryFn: ({ signal }) => getCopySettings(editionId!, signal),
    enabled: editionId !== null,
  });
}
