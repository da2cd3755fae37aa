import type { AssignmentTemplate, AssignmentTemplateRequest } from '@koers/shared/programmes';
import { api } from '../../../lib/api-client';
import { useTemplateMutation } from './template-mutation';

const templatesUrl = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/assignment-templates`;

/** `POST /api/programmes/:id/assignment-templates` or `PUT .../:templateId`; 400 `unknown_slot`. */
export function saveAssignmentTemplate({
  programmeId,
  templateId,
  template,
}: {
  programmeId: string;
  templateId?: string;
  template: AssignmentTemplateRequest;
}): Promise<AssignmentTemplate> {
  return templateId
    ? api.put<AssignmentTemplate>(`${templatesUrl(programmeId)}/${encodeURIComponent(templateId)}`, template)
    : api.post<AssignmentTemplate>(templatesUrl(programmeId), template);
}

export const useSaveAssignmentTemplate = () => useTemplateMutation(saveAssignmentTemplate);
