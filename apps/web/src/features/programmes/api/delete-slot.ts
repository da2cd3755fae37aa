import { api } from '../../../lib/api-client';
import { useTemplateMutation } from './template-mutation';

/** `DELETE /api/programmes/:id/slots/:slotId`; 409 `slot_has_assignment_templates` while assignments hang off it. */
export function deleteSlot({ programmeId, slotId }: { programmeId: string; slotId: string }): Promise<void> {
  return api.delete<void>(`/programmes/${encodeURIComponent(programmeId)}/slots/${encodeURIComponent(slotId)}`);
}

export const useDeleteSlot = () => useTemplateMutation(deleteSlot);
