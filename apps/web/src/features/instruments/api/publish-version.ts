import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstrumentVersionView } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';
import { instrumentsKey } from './list-instruments';

/** `POST /api/instrument-versions/:id/publish` → the published version, which no longer changes. */
export function publishVersion(versionId: string): Promise<InstrumentVersionView> {
  return api.post<InstrumentVersionView>(`/instrument-versions/${encodeURIComponent(versionId)}/publish`);
}

export function usePublishVersion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishVersion, onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentsKey }) });
}
