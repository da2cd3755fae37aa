import type { Locale } from '@koers/shared/domain';
import type { EditionGroupsResponse, GroupPerson, GroupProposal, MyGroup, NetworkGroupView, SavedGroupsResponse } from '@koers/shared/network-groups';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { contentVersion } from '../app/content-version';
import { repeatedNameIndex } from '../app/text';
import type { AuthContext } from '../auth/auth-context';
import type { GroupProposalQueryDto } from './dto/group-proposal-query.dto';
import type { SaveGroupsDto } from './dto/save-groups.dto';
import { proposeGroups } from './group-proposal.rules';
import {
  DuplicateGroupNameError,
  GroupTwiceError,
  GroupsChangedError,
  GroupHasHistoryError,
  NotAFacilitatorError,
  NotAParticipantError,
  ParticipantInTwoGroupsError,
  UnknownGroupError,
} from './network-groups.errors';
import { type EditionPerson, type GroupRow, NetworkGroupsRepository } from './network-groups.repository';
import { EditionPeriodRepository } from '../editions/edition-period.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { describeWarning, type PlanWarning } from '../calendar/schedule-warnings';
import { SessionStaffRepository } from '../sessions/session-staff.repository';

const person = ({ personId, name, organisation, region }: GroupPerson): GroupPerson => ({ personId, name, organisation, region });

function divisionOf(editionId: string, groups: GroupRow[], people: EditionPerson[]): EditionGroupsResponse {
  const participants = people.filter((p) => p.role === 'participant');
  const staff = people.filter((p) => p.role === 'staff');
  const views = groups.map((group) => ({
    ...group,
    members: participants.filter((p) => p.groupId === group.id).map(person),
    facilitators: staff.filter((p) => p.facilitates.includes(group.id)).map(person),
  }));
  return {
    editionId,
    version: divisionVersion(views),
    groups: views,
    ungrouped: participants.filter((p) => p.groupId === null).map(person),
    facilitatorCandidates: staff.map(person),
  };
}

/** The groups in their order, with their names, members and facilitators; not who is ungrouped (someone enrolled since changes no group). */
function divisionVersion(groups: NetworkGroupView[]): string {
  const ids = (people: GroupPerson[]) => people.map((p) => p.personId).sort();
  const state = groups.map((group) => [group.id, group.name, ids(group.members), ids(group.facilitators)]);
  return contentVersion(state);
}

@Injectable()
export class NetworkGroupsService {
  constructor(
    private readonly access: AccessService,
    private readonly groups: NetworkGroupsRepository,
    private readonly notifications: NotificationsService,
    private readonly period: EditionPeriodRepository,
    private readonly staff: SessionStaffRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** The division of an edition, who is in no group yet, and who may lead a group. */
  async division(auth: AuthContext, editionId: string): Promise<EditionGroupsResponse> {
    await this.access.requireInEdition(auth, 'groups.read', editionId);
    // One snapshot for both reads: a version made of half a colleague's save would refuse the next save for nothing.
    const [groups, people] = await this.db.transaction('REPEATABLE READ', async (manager) => [
      await this.groups.groups(editionId, manager),
      await this.groups.editionPeople(editionId, manager),
    ] as const);
    return divisionOf(editionId, groups, people);
  }

  /** A balanced division by region or organisation, to edit before saving. */
  async proposal(auth: AuthContext, editionId: string, query: GroupProposalQueryDto): Promise<GroupProposal> {
    await this.access.requireInEdition(auth, 'groups.manage', editionId);
    const people = await this.groups.editionPeople(editionId);
    return proposeGroups(people.filter((p) => p.role === 'participant').map(person), query.by, query.count);
  }

  /**
   * Replaces the whole division in one transaction, then gives each group its own instance of every network session
   * that has not started. Moving a participant keeps their history (see NetworkGroupMember). Warns of a group without
   * a facilitator, and of a facilitator who now runs two coming sessions at once (leading two groups whose sessions
   * share a time), as staffing does.
   */
  async save(auth: AuthContext, editionId: string, dto: SaveGroupsDto, locale: Locale): Promise<SavedGroupsResponse> {
    await this.access.requireInEdition(auth, 'groups.manage', editionId);
    const repeated = repeatedNameIndex(dto.groups.map((group) => group.name));
    if (repeated >= 0) throw new DuplicateGroupNameError(repeated);
    const ids = dto.groups.flatMap((group) => (group.id ? [group.id] : []));
    if (new Set(ids).size < ids.length) throw new GroupTwiceError();
    const placed = dto.groups.flatMap((group) => group.participantIds);
    if (new Set(placed).size < placed.length) throw new ParticipantInTwoGroupsError();
    await this.db.transaction(async (manager) => {
      await this.groups.lockEdition(editionId, manager);
      const people = await this.groups.editionPeople(editionId, manager);
      // Inside the transaction, on its connection: one borrowed from the pool while the lock is held would wait for
      // requests that wait for the lock, once the pool is full of them.
      const current = await this.groups.groups(editionId, manager);
      // A save from a page read before someone else's would undo theirs without a word.
      if (dto.version !== undefined && dto.version !== divisionOf(editionId, current, people).version) throw new GroupsChangedError();
      const existing = new Set(current.map((group) => group.id));
      if (dto.groups.some((group) => group.id && !existing.has(group.id))) throw new UnknownGroupError();
      const enrolmentOf = new Map(people.filter((p) => p.role === 'participant').map((p): [string, string] => [p.personId, p.enrolmentId]));
      if (placed.some((personId) => !enrolmentOf.has(personId))) throw new NotAParticipantError();
      const staff = new Set(people.filter((p) => p.role === 'staff').map((p) => p.personId));
      if (dto.groups.some((group) => group.facilitatorIds.some((personId) => !staff.has(personId)))) throw new NotAFacilitatorError();
      // Whoever moves to another group (or a new group's session) hears of it: their calendar loses and gains sessions.
      await this.notifications.updatingCalendars(manager, [editionId], 'network_group', async () => {
        const result = await this.groups.replaceDivision(
          editionId,
          dto.groups.map((group) => ({ ...group, facilitatorIds: [...new Set(group.facilitatorIds)] })),
          enrolmentOf,
          manager,
        );
        if (result.blocked) throw new GroupHasHistoryError();
        await this.groups.planGroupSessions(editionId, manager);
      });
      // A removed group's sessions go with it, its last one perhaps the edition's.
      await this.period.fitToSessions(editionId, manager);
    });
    const facilitators = [...new Set(dto.groups.flatMap((group) => group.facilitatorIds))];
    const [division, doubles] = await Promise.all([this.division(auth, editionId), this.staff.doubleBookings(editionId, facilitators)]);
    const warnings: PlanWarning[] = [
      ...division.groups.filter((group) => group.facilitators.length === 0).map((group) => ({ code: 'group_without_facilitator' as const, groupName: group.name })),
      ...doubles.map((double) => ({ code: 'staff_double_booked' as const, ...double })),
    ];
    return { ...division, warnings: warnings.map((warning) => describeWarning(warning, locale)) };
  }

  /** The groups the caller is in or leads, with their people and sessions: "Mijn netwerkgroep". */
  async mine(auth: AuthContext): Promise<MyGroup[]> {
    const editionIds = await this.access.editionsHolding(auth, 'groups.own');
    if (editionIds?.length === 0) return [];
    const groups = await this.groups.myGroups(auth.personId, editionIds);
    if (groups.length === 0) return [];
    const ids = groups.map((group) => group.id);
    const [members, facilitators, sessions] = await Promise.all([this.groups.members(ids), this.groups.facilitators(ids), this.groups.sessions(ids, auth.personId)]);
    return groups.map((group) => ({
      ...group,
      members: members.filter((m) => m.groupId === group.id).map((member) => ({ ...person(member), enrolmentId: member.enrolmentId })),
      facilitators: facilitators.filter((f) => f.groupId === group.id).map(person),
      sessions: sessions
        .filter((s) => s.groupId === group.id)
        .map(({ groupId: _, ...s }) => ({ ...s, startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString() })),
    }));
  }
}
