import { PLANNED_STAFF_ROLES } from '@koers/shared/editions';
import type { ExistingEnrolment } from './enrolments.repository';

/**
 * A trainer or facilitator of an edition is not also its participant: their marks and reviews would be their own,
 * and they would count twice on rosters and in measurements. True for an enrolment that makes someone its staff.
 */
export const isActiveStaff = (enrolment: Pick<ExistingEnrolment, 'role' | 'status'>): boolean =>
  enrolment.status !== 'withdrawn' && (PLANNED_STAFF_ROLES as readonly string[]).includes(enrolment.role);
