import type { ProgrammeDetail } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';
import { useTemplateMutation } from './template-mutation';

/** `PUT /api/programmes/:id/slots/order` with every slot id in the new order. */
export function reorderSlots({ programmeId, slotIds }: { programmeId: string; slotIds: string[] }): Promise<ProgrammeDetail> {
  return api.put<ProgrammeDetail>(`/programmes/${encodeURIComponent(programmeId)}/slots/order`, { slotIds });
}

export const useReorderSlots = () => useTemplateMutation(reorderSlots);
