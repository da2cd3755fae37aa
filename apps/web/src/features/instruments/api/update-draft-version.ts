import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstrumentVersionRequest, InstrumentVersionView } from '@koers/shared/measurements';
import { api } from '../../../lib/api-client';
import { instrumentsKey } from './list-instruments';

/** `PUT /api/instrument-versions/:id` → the draft with its new dimensions and items; 409 once it is published. */
export function updateDraftVersion({ id, ...body }: InstrumentVersionRequest & { id: string }): Promise<InstrumentVersionView> {
  return api.put<InstrumentVersionView>(`/instrument-versions/${encodeURIComponent(id)}`, body);
}

export function useUpdateDraftVersion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateDraftVersion, onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentsKey }) });
}
