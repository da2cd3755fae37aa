import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstrumentVersionView } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';
import { instrumentsKey } from './list-instruments';

/** `POST /api/instruments/:id/versions` → 201 with a draft copied from the latest version; 409 when a draft exists. */
export function createDraftVersion(instrumentId: string): Promise<InstrumentVersionView> {
  return api.post<InstrumentVersionView>(`/instruments/${encodeURIComponent(instrumentId)}/versions`);
}

export function useCreateDraftVersion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDraftVersion, onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentsKey }) });
}
