import { api } from '../../../lib/api-client';
import { useTemplateMutation } from './template-mutation';

/** `DELETE /api/programmes/:id/assignment-templates/:templateId`. */
export function deleteAssignmentTemplate({ programmeId, templateId }: { programmeId: string; templateId: string }): Promise<void> {
  return api.delete<void>(`/programmes/${encodeURIComponent(programmeId)}/assignment-templates/${encodeURIComponent(templateId)}`);
}

export const useDeleteAssignmentTemplate = () => useTemplateMutation(deleteAssignmentTemplate);
