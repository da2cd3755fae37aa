import type { WithdrawResult } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';
import { useEnrolmentMutation } from './enrolment-mutation';

/** `POST /api/editions/:id/enrolments/:enrolmentId/withdraw`: the record stays; a freed place goes to the waiting list. */
export function withdraw({ editionId, enrolmentId }: { editionId: string; enrolmentId: string }): Promise<WithdrawResult> {
  return api.post<WithdrawResult>(`/editions/${encodeURIComponent(editionId)}/enrolments/${encodeURIComponent(enrolmentId)}/withdraw`);
}

export const useWithdraw = () => useEnrolmentMutation(withdraw);
