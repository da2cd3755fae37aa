import { PLANNED_STAFF_ROLES } from '@koers/shared/editions';
import type { ExistingEnrolment } from './enrolments.repository';

/**
 * A trainer or facilitator of an edition is not also its participant: their marks and reviews would be their own,
 * and they would count twice on rosters and in measurements. True for an enrolment that makes someone its staff.
 */
export const isActiveStaff = (enrolment: Pick<ExistingEnrolment, 'role' | 'status'>): boolean =>
  enrolment.status !== 'withdrawn' && isStaffRole(enrolment.role);

/** Trainer or facilitator: the roles that run an edition's sessions (a guest speaker is named per session and may be anyone). */
export const isStaffRole = (role: string): boolean => (PLANNED_STAFF_ROLES as readonly string[]).includes(role);
