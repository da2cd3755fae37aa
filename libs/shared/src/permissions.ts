import type { EditionStatus } from './domain';
import { EDITION_ROLES, type EditionRole } from './roles';

/**
 * Who may do what: the one table the API's access layer enforces and the web app's menus, start points and buttons
 * are drawn from. Nothing else in either app keeps a list of roles that may do something.
 *
 * A permission is held by a role *in the edition concerned* (a trainer of edition A holds nothing in edition B), by
 * the programme office (the global admin flag), or, for session permissions, by being expected at that session
 * (the `expected_attendee` view: participants, internal teams and directors by the session's audience, its staff,
 * and board-meeting delegates). Ownership (one's own submission, the participants a director sponsors) is checked
 * by the service on top of the permission. Region permissions are held by the programme office in every region and
 * by a regional programme manager in the regions they manage, whatever their roles in editions. A board meeting's
 * delegate (`board_meeting_delegate`) often has no role in the edition at all; it opens their own list of meetings
 * and schedule in the web app's menu only (`holdsPermissionSomewhere`): `decidePermission` knows no such fact, so the
 * API must not check `boardMeetings.own` or `edition.schedule.own` in an edition (those routes list the caller's own).
 */
export type PermissionHolder = EditionRole | 'programme_office' | 'expected_attendee' | 'regional_programme_manager' | 'board_meeting_delegate';

export interface PermissionRule {
  holders: readonly PermissionHolder[];
  /** A write: refused for everyone in an archived edition. */
  write: boolean;
  /** A write that may already be made while the edition is a draft, to prepare it (otherwise it waits until published). */
  prepares?: true;
  /**
   * A write that changes what completion asks (the assignments): refused once the edition is completed, so nobody's
   * completion changes with a new assignment. Attendance can still be put right, as the past was: a certificate
   * already issued stands (or is withdrawn by the programme office, with a reason).
   */
  fixedOnceCompleted?: true;
}

const STAFF = ['trainer', 'facilitator', 'programme_office'] as const;
const EDITION_MEMBERS = ['participant', 'internal_team_member', 'director', 'trainer', 'facilitator'] as const;

/** Those who talk with each other in an edition's discussions: its participants and the people who run it. */
const DISCUSSION_MEMBERS = ['participant', ...STAFF] as const;

const read = (...holders: readonly PermissionHolder[]): PermissionRule => ({ holders, write: false });
const write = (...holders: readonly PermissionHolder[]): PermissionRule => ({ holders, write: true });
const prepare = (...holders: readonly PermissionHolder[]): PermissionRule => ({ holders, write: true, prepares: true });

export const PERMISSIONS = {
  // The programme office's own work, not tied to one edition.
  'programmes.manage': write('programme_office'),
  'editions.open': write('programme_office'),
  'people.manage': write('programme_office'),
  /** Lists and revokes anyone's personal API tokens (everyone manages their own). */
  'people.apiTokens': write('programme_office'),
  'organisations.read': read('programme_office'),
  'mail.manage': write('programme_office'),
  'closedDays.manage': write('programme_office'),
  'webhooks.manage': write('programme_office'),
  /** The measuring instruments (innovation scan, collaboration thermometer): their versions, dimensions and items. */
  'instruments.manage': write('programme_office'),
  /** A programme's measurement template: which instrument is filled when, by whom, about what. */
  'measurements.templates': write('programme_office'),

  // Regions: the regional networks organisations belong to.
  /** A region's organisations and how they take part (aggregated; never one person's answers or work). */
  'regions.read': read('regional_programme_manager', 'programme_office'),
  /** Which region an organisation belongs to, and who is programme manager of which region. */
  'regions.manage': write('programme_office'),

  // An edition: its settings, status, enrolments, session dates and staff.
  'edition.read': read('programme_office'),
  'edition.manage': prepare('programme_office'),
  'edition.schedule.read': read(...STAFF),
  'edition.schedule.own': read(...EDITION_MEMBERS, 'board_meeting_delegate'),
  /** Reads an edition's applications in full: nobody but the programme office sees anything of an applicant. */
  'applications.read': read('programme_office'),
  /** Accepts (enrolling the applicant and their director), waitlists and declines applications. */
  'applications.select': write('programme_office'),

  // Sessions: the session page, its record, speakers and materials.
  'session.read': read('expected_attendee', ...STAFF),
  'session.record': prepare(...STAFF),
  /** Materials follow their session: whoever may open the session page gets its hand-outs, nobody else. */
  'session.materials.read': read('expected_attendee', ...STAFF),
  'session.materials.manage': prepare(...STAFF),

  // Attendance.
  'attendance.record': write(...STAFF),
  'attendance.read': read(...STAFF),
  'attendance.checkIn': write('expected_attendee'),

  // Board meetings and internal-team days: answers and minutes.
  'rsvp.answer': write('director', 'internal_team_member'),
  // The answers name directors and their delegates with their addresses: for those who run the whole edition, not for
  // a network group's facilitator.
  'rsvp.read': read('trainer', 'programme_office'),
  'minutes.read': read('trainer', 'programme_office'),
  'minutes.manage': write('trainer', 'programme_office'),
  'boardMeetings.own': read('director', 'board_meeting_delegate'),

  // Assignments, hand-ins and review.
  'assignments.read': read('participant', 'trainer', 'programme_office'),
  'assignments.manage': { ...prepare('trainer', 'programme_office'), fixedOnceCompleted: true },
  'assignments.own': read('participant'),
  'assignments.submit': write('participant'),
  'submissions.read': read('trainer', 'programme_office'),
  'assignments.review': write('trainer', 'programme_office'),

  // The implementation challenge and the people around a participant.
  'challenge.own': write('participant'),
  /** Facilitators read only the challenges of the network groups they lead (`groups.all`, checked by the service). */
  'challenge.read': read(...STAFF),
  /**
   * Peer feedback: reading a challenge and commenting on its log entries. Participants only their own and those of
   * their network group's current members, facilitators those of the groups they lead (checked by the service).
   */
  'challenge.feedback.read': read('participant', ...STAFF),
  'challenge.feedback.write': write('participant', ...STAFF),
  /** Hides a comment with a reason, like a discussion post (facilitators in the groups they lead). */
  'challenge.feedback.moderate': write(...STAFF),
  'internalTeam.manage': write('participant'),
  'internalTeam.support': read('internal_team_member'),
  'director.progress': read('director'),
  'completion.own': read('participant'),
  /**
   * The certificates issued in an edition, and withdrawing one issued in error: the programme office's own, tied to no
   * edition's status (a certificate outlives its edition, archived or not, and verifiers keep asking).
   */
  'certificates.manage': write('programme_office'),

  // Measurements (innovation scan, collaboration thermometer): answering one's rounds, the edition's results.
  'measurements.answer': write('participant', 'director', 'internal_team_member'),
  /** The edition's results as aggregates (organisations under the minimum group size without figures). */
  'measurements.results': read('trainer', 'programme_office'),
  /** The results of one's own organisation, individual answers included, beside the edition's aggregates. */
  'measurements.results.own': read('participant', 'director'),
  /** Turns results into actions on one's own implementation challenge. */
  'measurements.actions': write('participant'),

  // Network groups: the division (programme office; trainers read it), one's own group.
  'groups.read': read('trainer', 'programme_office'),
  'groups.manage': prepare('programme_office'),
  'groups.own': read('participant', 'facilitator'),
  /**
   * Works across every network group of the edition, not only the groups one leads or is in (checked by the services):
   * every group's sessions in the schedule, and its people and sessions in the attendance report; every group's
   * discussions; every group's challenges, to read and comment on. A facilitator has the groups they lead, and in the
   * attendance report the sessions they run.
   */
  'groups.all': read('trainer', 'programme_office'),

  // Parallel workshops of a session: set up and assigned by the programme office, chosen by participants.
  'workshops.read': read('expected_attendee', ...STAFF),
  'workshops.manage': prepare('programme_office'),
  /** Sees who chose which workshop, the waiting lists, and who has not chosen. */
  'workshops.choices': read('programme_office'),
  'workshops.choose': write('participant'),
  // Learning from each other: the edition's who's who and its conversation. Anyone may report a post they read;
  // those who run the edition hide posts.
  'directory.read': read(...EDITION_MEMBERS, 'programme_office'),
  /** Also sees those who hid themselves from the who's who. */
  'directory.hidden': read('programme_office'),
  /**
   * Finds the participants of the programme's earlier editions who chose to be found ("de Rebels"): they agreed to
   * be seen by later participants, so nobody else in an edition (its directors, internal teams, staff) sees them.
   */
  'directory.alumni': read('participant', 'programme_office'),
  /**
   * Offered the choice to be found by later participants after one's edition: the Rebels are participants of earlier
   * editions, so for anyone else the choice would change nothing (the web app's who's who offers it by this rule).
   */
  'directory.alumni.findable': read('participant'),
  'discussions.read': read(...DISCUSSION_MEMBERS),
  'discussions.post': write(...DISCUSSION_MEMBERS),
  'discussions.report': write(...DISCUSSION_MEMBERS),
  'discussions.moderate': write(...STAFF),
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether the programme office holds the permission (in every edition, for edition permissions). */
export function programmeOfficeHolds(permission: Permission): boolean {
  const holders: readonly PermissionHolder[] = PERMISSIONS[permission].holders;
  return holders.includes('programme_office');
}

/** The roles in an edition that hold the permission (the programme office and being expected left out). */
export function editionRolesHolding(permission: Permission): EditionRole[] {
  const holders: readonly PermissionHolder[] = PERMISSIONS[permission].holders;
  return EDITION_ROLES.filter((role) => holders.includes(role));
}

/** While an edition is a draft it belongs to those who prepare it; everyone else's roles in it count from publication on. */
export const PREPARERS: readonly PermissionHolder[] = STAFF;

/** What a person is in one edition (or at one session of it), as far as permissions go. */
export interface HolderFacts {
  isAdmin: boolean;
  /** Their active roles in the edition. */
  roles: readonly EditionRole[];
  /** Expected at the session concerned (session permissions only). */
  expected?: boolean;
  editionStatus: EditionStatus;
}

export type PermissionDecision = 'allowed' | 'forbidden' | 'edition_archived' | 'edition_not_published' | 'edition_completed';

/** The one rule: whether the permission is held here, and whether the edition's status lets it be used now. */
export function decidePermission(permission: Permission, facts: HolderFacts): PermissionDecision {
  const rule: PermissionRule = PERMISSIONS[permission];
  const held: PermissionHolder[] = [...facts.roles];
  if (facts.expected) held.push('expected_attendee');
  if (facts.isAdmin) held.push('programme_office');
  const counted = facts.editionStatus === 'draft' ? held.filter((holder) => PREPARERS.includes(holder)) : held;
  if (!counted.some((holder) => rule.holders.includes(holder))) return 'forbidden';
  if (!rule.write) return 'allowed';
  if (facts.editionStatus === 'archived') return 'edition_archived';
  if (facts.editionStatus === 'completed' && rule.fixedOnceCompleted) return 'edition_completed';
  if (facts.editionStatus === 'draft' && !rule.prepares) return 'edition_not_published';
  return 'allowed';
}

/** Whether the permission is held in one region: by the programme office, or by a programme manager of that region. */
export function holdsInRegion(permission: Permission, who: { isAdmin: boolean; managesRegion: boolean }): boolean {
  if (who.isAdmin && programmeOfficeHolds(permission)) return true;
  const holders: readonly PermissionHolder[] = PERMISSIONS[permission].holders;
  return who.managesRegion && holders.includes('regional_programme_manager');
}

/**
 * Whether someone with these roles in any of their editions (the admin flag, and whether they manage a region) holds
 * the permission somewhere: what the web app's menu and start points ask. Being expected at a session comes with the
 * roles that attend.
 */
export function holdsPermissionSomewhere(
  permission: Permission,
  who: { isAdmin: boolean; roles: Iterable<EditionRole>; managesRegions?: boolean; delegateAtBoardMeetings?: boolean },
): boolean {
  if (who.isAdmin && programmeOfficeHolds(permission)) return true;
  const holders: readonly PermissionHolder[] = PERMISSIONS[permission].holders;
  if (who.managesRegions && holders.includes('regional_programme_manager')) return true;
  if (who.delegateAtBoardMeetings && holders.includes('board_meeting_delegate')) return true;
  const roles = [...who.roles];
  // Every role can be expected at some session (staff at the sessions they run), so any role may hold a session
  // permission, and so does a delegate, expected at their board meeting.
  if (holders.includes('expected_attendee') && (roles.length > 0 || who.delegateAtBoardMeetings)) return true;
  return roles.some((role) => holders.includes(role));
}
