import type { StaffPlan } from '@koers/shared/editions';
import type { StaffSessionsResult } from '@koers/shared/enrolments';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './session-mutation';

/** `POST /api/editions/:id/staff`: one trainer or facilitator on every session of the kinds named still to come. */
export function staffSessions({ editionId, ...request }: StaffPlan & { editionId: string }): Promise<StaffSessionsResult> {
  return api.post<StaffSessionsResult>(`/editions/${encodeURIComponent(editionId)}/staff`, request);
}

export const useStaffSessions = () => useSessionMutation(staffSessions);
