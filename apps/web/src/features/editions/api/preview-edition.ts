import { useMutation } from '@tanstack/react-query';
import type { OpenEditionPreview, OpenEditionRequest } from '@koers/shared/editions';
import { api } from '../../../lib/api-client';

/** `POST /api/programmes/:id/editions/preview`: what opening would create, with warnings; nothing is stored. */
export function previewEdition({ programmeId, request }: { programmeId: string; request: OpenEditionRequest }): Promise<OpenEditionPreview> {
  return api.post<OpenEditionPreview>(`/programmes/${encodeURIComponent(programmeId)}/editions/preview`, request);
}

// A mutation, not a query: the admin asks for it with a button and each answer belongs to the request they sent.
export const usePreviewEdition = () => useMutation({ mutationFn: previewEdition });
