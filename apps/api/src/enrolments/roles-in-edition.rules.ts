import { PLANNED_STAFF_ROLES } from '@koers/shared/editions';
import type { ExistingEnrolment } from './enrolments.repository';

type Standing = Pick<ExistingEnrolment, 'role' | 'status'>;

/**
 * A trainer or facilitator of an edition is not also its participant: their marks and reviews would be their own,
 * and they would count twice on rosters and in measurements. True for an enrolment that makes someone its staff.
 */
export const isActiveStaff = (enrolment: Standing): boolean => enrolment.status !== 'withdrawn' && isStaffRole(enrolment.role);

/** Trainer or facilitator: the roles that run an edition's sessions (a guest speaker is named per session and may be anyone). */
export const isStaffRole = (role: string): role is (typeof PLANNED_STAFF_ROLES)[number] => (PLANNED_STAFF_ROLES as readonly string[]).includes(role);

/**
 * A member of a participant's internal team has no other part in the edition, and nobody with another part joins a
 * team: the team days, the team's questionnaires and attendance would count them twice, with one answer for both
 * roles. Accepting a team invitation holds the same rule (`other_role_in_edition`).
 */
export const isActiveTeamMember = (enrolment: Standing): boolean => enrolment.status !== 'withdrawn' && enrolment.role === 'internal_team_member';

/** Whether someone with these enrolments in an edition may not (any longer) become its participant. */
export const barsTakingPart = (enrolment: Standing): boolean => isActiveStaff(enrolment) || isActiveTeamMember(enrolment);
