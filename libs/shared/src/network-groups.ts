import type { ScheduleWarning } from './editions';
/**
 * Network groups (netwerkgroepen): an edition's participants divided into groups, each with one or more
 * facilitators. Each network session of the curriculum runs once per group, as a session of its own.
 */

/** A person as the groups page shows them. */
export interface GroupPerson {
  personId: string;
  name: string;
  organisation: string | null;
  region: string | null;
}

export interface NetworkGroupView {
  id: string;
  name: string;
  members: GroupPerson[];
  facilitators: GroupPerson[];
}

/** `GET /api/editions/:id/groups`: the division, who is in no group yet, and who may facilitate (the edition's trainers and facilitators). */
export interface EditionGroupsResponse {
  editionId: string;
  /** Changes with the groups (names, members, facilitators): what a save names as the division it started from. */
  version: string;
  groups: NetworkGroupView[];
  ungrouped: GroupPerson[];
  facilitatorCandidates: GroupPerson[];
}

/** `PUT /api/editions/:id/groups`: the division as saved, and what it warns of. */
export interface SavedGroupsResponse extends EditionGroupsResponse {
  /**
   * A group without a facilitator, whose network sessions nobody runs (`group_without_facilitator`), and a facilitator
   * now running two of the edition's coming sessions at once, e.g. leading two groups (`staff_double_booked`).
   */
  warnings: ScheduleWarning[];
}

export const GROUP_NAME_MAX_LENGTH = 100;

/** One group in `PUT /api/editions/:id/groups`: an existing group keeps its id (and its sessions), a new one has none. */
export interface SaveNetworkGroup {
  id?: string;
  name: string;
  participantIds: string[];
  facilitatorIds: string[];
}

/** `PUT /api/editions/:id/groups`: the whole division, replacing the one before in one transaction. */
export interface SaveGroupsRequest {
  /** The `version` the division was read at: when the groups changed since, the save is refused (409 `groups_changed`). */
  version?: string;
  groups: SaveNetworkGroup[];
}

export const GROUP_PROPOSAL_KEYS = ['region', 'organisation'] as const;
export type GroupProposalKey = (typeof GROUP_PROPOSAL_KEYS)[number];

/** `GET /api/editions/:id/groups/proposal?by=region&count=3`: a division to edit, not saved. */
export interface GroupProposal {
  groups: { name: string; members: GroupPerson[] }[];
}

/** A session of one's network group, as "Mijn netwerkgroep" lists it. */
export interface GroupSession {
  sessionId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'moved' | 'cancelled';
}

/** A current member of one's own group, with the enrolment whose challenge the group gives feedback on. */
export interface GroupMember extends GroupPerson {
  enrolmentId: string;
}

/** `GET /api/me/groups`: the groups one is a participant or facilitator of, in editions that are running or open. */
export interface MyGroup {
  id: string;
  name: string;
  editionId: string;
  editionName: string;
  as: 'participant' | 'facilitator';
  members: GroupMember[];
  facilitators: GroupPerson[];
  /** The group's sessions, oldest first; the next one is the first that has not ended. */
  sessions: GroupSession[];
}
