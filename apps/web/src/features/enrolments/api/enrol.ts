import type { EnrolRequest, EnrolResult } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';
import { useEnrolmentMutation } from './enrolment-mutation';

/** `POST /api/editions/:id/enrolments`; 409 `already_enrolled` or `participant_not_enrolled`. */
export function enrol({ editionId, request }: { editionId: string; request: EnrolRequest }): Promise<EnrolResult> {
  return api.post<EnrolResult>(`/editions/${encodeURIComponent(editionId)}/enrolments`, request);
}

export const useEnrol = () => useEnrolmentMutation(enrol);
