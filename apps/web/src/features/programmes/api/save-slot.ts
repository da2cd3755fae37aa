import type { CurriculumSlot, CurriculumSlotRequest } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';
import { useTemplateMutation } from './template-mutation';

const slotsUrl = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/slots`;

/** `POST /api/programmes/:id/slots` (appended at the end) or `PUT /api/programmes/:id/slots/:slotId`. */
export function saveSlot({ programmeId, slotId, slot }: { programmeId: string; slotId?: string; slot: CurriculumSlotRequest }): Promise<CurriculumSlot> {
  return slotId ? api.put<CurriculumSlot>(`${slotsUrl(programmeId)}/${encodeURIComponent(slotId)}`, slot) : api.post<CurriculumSlot>(slotsUrl(programmeId), slot);
}

export const useSaveSlot = () => useTemplateMutation(saveSlot);
