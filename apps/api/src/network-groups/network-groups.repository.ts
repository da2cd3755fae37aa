import type { GroupMember, GroupPerson, GroupSession, SaveNetworkGroup } from '@koers/shared/network-groups';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPublishedEdition } from '../database/edition-sql';
import { lockRow } from '../database/lock-row';

export interface GroupRow {
  id: string;
  name: string;
}

export interface EditionPerson extends GroupPerson {
  role: 'participant' | 'staff';
  enrolmentId: string;
  /** A participant's current group; null when in none (or for staff). */
  groupId: string | null;
  /** For staff: the groups they facilitate. */
  facilitates: string[];
}

export interface MyGroupRow extends GroupRow {
  editionId: string;
  editionName: string;
  as: 'participant' | 'facilitator';
}

export interface GroupPersonRow extends GroupPerson {
  groupId: string;
}

export interface GroupMemberRow extends GroupMember {
  groupId: string;
}

export interface GroupSessionRow extends GroupSession {
  groupId: string;
}

const PERSON_COLUMNS = `p.id AS "personId", p.name, o.name AS organisation, o.region`;

/**
 * Whether `viewer` (an SQL expression) is a current member (with an active enrolment) or a facilitator of network
 * group `group` (an SQL expression): who sees what a group shares, its threads and its members' challenges.
 */
export const inNetworkGroup = (viewer: string, group: string) => `
  (EXISTS (SELECT 1 FROM network_group_member gm JOIN enrolment ge ON ge.id = gm.enrolment_id AND ge.status = 'active'
            WHERE gm.network_group_id = ${group} AND gm.left_at IS NULL AND ge.person_id = ${viewer})
   OR EXISTS (SELECT 1 FROM network_group_facilitator gf WHERE gf.network_group_id = ${group} AND gf.person_id = ${viewer}))`;

/**
 * Network groups: the division of an edition (replaced as a whole, in one transaction), the sessions each group
 * gets, and what a member or facilitator sees of their own group. Membership rows carry dates: moving someone
 * closes their row and opens another, so the `expected_attendee` view keeps them at the old group's earlier sessions.
 */
@Injectable()
export class NetworkGroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  groups(editionId: string, manager: EntityManager = this.db.manager): Promise<GroupRow[]> {
    return manager.query(`SELECT id, name FROM network_group WHERE edition_id = $1 ORDER BY position`, [editionId]);
  }

  /** How many of the edition's active participants are in none of its groups; 0 when it has no groups. */
  async participantsWithoutGroup(editionId: string): Promise<number> {
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count
         FROM enrolment e
        WHERE e.edition_id = $1 AND e.role = 'participant' AND e.status = 'active'
          AND EXISTS (SELECT 1 FROM network_group g WHERE g.edition_id = $1)
          AND NOT EXISTS (SELECT 1 FROM network_group_member m WHERE m.enrolment_id = e.id AND m.left_at IS NULL)`,
      [editionId],
    );
    return count;
  }

  /** The edition's active participants with their current group, and its trainers and facilitators with the groups they lead. */
  editionPeople(editionId: string, manager: EntityManager = this.db.manager): Promise<EditionPerson[]> {
    return manager.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (p.id, en.role = 'participant') ${PERSON_COLUMNS}, en.id AS "enrolmentId",
                CASE WHEN en.role = 'participant' THEN 'participant' ELSE 'staff' END AS role,
                (SELECT m.network_group_id FROM network_group_member m WHERE m.enrolment_id = en.id AND m.left_at IS NULL) AS "groupId",
                ARRAY(SELECT f.network_group_id FROM network_group_facilitator f JOIN network_group g ON g.id = f.network_group_id
                       WHERE g.edition_id = $1 AND f.person_id = p.id ORDER BY g.position) AS facilitates
           FROM enrolment en
           JOIN person p ON p.id = en.person_id
           LEFT JOIN organisation o ON o.id = p.organisation_id
          WHERE en.edition_id = $1 AND en.status = 'active' AND en.role IN ('participant', 'trainer', 'facilitator')
          ORDER BY p.id, en.role = 'participant') people
       ORDER BY name, "personId"`,
      [editionId],
    );
  }

  /**
   * Replaces the edition's division: groups kept by id (renamed, reordered), new ones added, missing ones removed
   * with their sessions that have not started yet; memberships that change are closed and reopened (history
   * kept), the facilitator lists replaced. `members` maps participant person ids to their enrolment in the edition.
   * Answers the ids of the removed groups that already held a session, and then changes nothing.
   */
  async replaceDivision(
    editionId: string,
    groups: readonly SaveNetworkGroup[],
    enrolmentOf: ReadonlyMap<string, string>,
    manager: EntityManager,
  ): Promise<{ groupIds: string[]; blocked: boolean }> {
    const keptIds = groups.flatMap((group) => (group.id ? [group.id] : []));
    const removed: { id: string; started: boolean }[] = await manager.query(
      // A group's past is its sessions that took place and its discussions: neither may vanish with it.
      `SELECT g.id, (EXISTS (SELECT 1 FROM session s WHERE s.network_group_id = g.id AND s.starts_at <= now())
                     OR EXISTS (SELECT 1 FROM discussion d WHERE d.group_id = g.id)) AS started
         FROM network_group g WHERE g.edition_id = $1 AND g.id <> ALL($2::uuid[])`,
      [editionId, keptIds],
    );
    if (removed.some((group) => group.started)) return { groupIds: [], blocked: true };
    const removedIds = removed.map((group) => group.id);
    if (removedIds.length > 0) {
      // A network session of the curriculum that no kept group holds (the last groups go, or all are replaced by new
      // ones) becomes one session for the whole cohort again (the first removed group's), which the groups saved now
      // get as every group does; one added for a group alone goes with its group.
      await manager.query(
        `UPDATE session SET network_group_id = NULL, sequence = sequence + 1, updated_at = now()
          WHERE id IN (SELECT DISTINCT ON (s.curriculum_slot_id) s.id FROM session s JOIN network_group g ON g.id = s.network_group_id
                        WHERE g.id = ANY($1::uuid[]) AND s.curriculum_slot_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM session k WHERE k.network_group_id = ANY($2::uuid[]) AND k.curriculum_slot_id = s.curriculum_slot_id)
                        ORDER BY s.curriculum_slot_id, g.position)`,
        [removedIds, keptIds],
      );
      await manager.query(`DELETE FROM session WHERE network_group_id = ANY($1::uuid[])`, [removedIds]);
      await manager.query(`DELETE FROM network_group WHERE id = ANY($1::uuid[])`, [removedIds]);
    }
    // Names are unique per edition: park the kept groups' names first, so two groups may swap theirs.
    await manager.query(`UPDATE network_group SET name = id::text WHERE id = ANY($1::uuid[])`, [keptIds]);
    const saved: { id: string }[] = await manager.query(
      `WITH input AS (SELECT * FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS i(id, name, position)),
            updated AS (
              UPDATE network_group g SET name = i.name, position = i.position FROM input i
               WHERE g.id = i.id AND g.edition_id = $1 RETURNING g.id, i.position),
            inserted AS (
              INSERT INTO network_group (edition_id, name, position)
              SELECT $1, name, position FROM input WHERE id IS NULL ORDER BY position RETURNING id, position)
       SELECT id FROM (SELECT * FROM updated UNION ALL SELECT * FROM inserted) saved ORDER BY position`,
      [editionId, groups.map((group) => group.id ?? null), groups.map((group) => group.name)],
    );
    const groupIds = saved.map((row) => row.id);
    const memberGroups = groups.flatMap((group, i) => group.participantIds.map((personId) => ({ enrolmentId: enrolmentOf.get(personId)!, groupId: groupIds[i] })));
    await manager.query(
      `WITH wanted AS (SELECT * FROM unnest($2::uuid[], $3::uuid[]) AS w(enrolment_id, network_group_id))
       UPDATE network_group_member m SET left_at = now()
         FROM network_group g
        WHERE g.id = m.network_group_id AND g.edition_id = $1 AND m.left_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.enrolment_id = m.enrolment_id AND w.network_group_id = m.network_group_id)`,
      [editionId, memberGroups.map((m) => m.enrolmentId), memberGroups.map((m) => m.groupId)],
    );
    await manager.query(
      `INSERT INTO network_group_member (network_group_id, enrolment_id)
       SELECT w.network_group_id, w.enrolment_id FROM unnest($1::uuid[], $2::uuid[]) AS w(enrolment_id, network_group_id)
        WHERE NOT EXISTS (SELECT 1 FROM network_group_member m WHERE m.enrolment_id = w.enrolment_id AND m.left_at IS NULL)`,
      [memberGroups.map((m) => m.enrolmentId), memberGroups.map((m) => m.groupId)],
    );
    const facilitators = groups.flatMap((group, i) => group.facilitatorIds.map((personId) => ({ personId, groupId: groupIds[i] })));
    await manager.query(`DELETE FROM network_group_facilitator WHERE network_group_id = ANY($1::uuid[])`, [groupIds]);
    await manager.query(`INSERT INTO network_group_facilitator (network_group_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      facilitators.map((f) => f.groupId),
      facilitators.map((f) => f.personId),
    ]);
    return { groupIds, blocked: false };
  }

  /**
   * Gives every group its own instance of each network session that has not started: a session still for the whole
   * cohort becomes the first group's, and each group without an instance of a network session gets a copy of
   * another group's (same time and place, to be edited per group), without its online link: two groups in one video
   * room would meet each other, so the copy waits for a room of its own, and its card says it has none. The
   * facilitators of each group's coming sessions are then the group's facilitators.
   */
  async planGroupSessions(editionId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE session s SET network_group_id = (SELECT id FROM network_group WHERE edition_id = $1 ORDER BY position LIMIT 1), sequence = s.sequence + 1, updated_at = now()
        WHERE s.edition_id = $1 AND s.kind = 'network_session' AND s.network_group_id IS NULL AND s.curriculum_slot_id IS NOT NULL
          AND s.status <> 'cancelled' AND s.starts_at > now()
          AND EXISTS (SELECT 1 FROM network_group WHERE edition_id = $1)`,
      [editionId],
    );
    await manager.query(
      `INSERT INTO session (edition_id, network_group_id, curriculum_slot_id, kind, title, theme, starts_at, ends_at, mode, location,
                            online_url, audience_participants, audience_internal_teams, audience_directors, agenda)
       SELECT $1, g.id, t.curriculum_slot_id, t.kind, t.title, t.theme, t.starts_at, t.ends_at, t.mode, t.location,
              NULL, t.audience_participants, t.audience_internal_teams, t.audience_directors, t.agenda
         FROM network_group g
         JOIN LATERAL (
           SELECT DISTINCT ON (s.curriculum_slot_id) s.* FROM session s JOIN network_group og ON og.id = s.network_group_id
            WHERE s.edition_id = $1 AND s.kind = 'network_session' AND s.curriculum_slot_id IS NOT NULL
            ORDER BY s.curriculum_slot_id, og.position) t ON true
        WHERE g.edition_id = $1 AND t.starts_at > now() AND t.status <> 'cancelled'
          AND NOT EXISTS (SELECT 1 FROM session own WHERE own.network_group_id = g.id AND own.curriculum_slot_id = t.curriculum_slot_id)`,
      [editionId],
    );
    await manager.query(
      `DELETE FROM session_staff st USING session s
        WHERE s.id = st.session_id AND s.edition_id = $1 AND s.network_group_id IS NOT NULL AND s.starts_at > now()
          AND st.role = 'facilitator'
          AND NOT EXISTS (SELECT 1 FROM network_group_facilitator f WHERE f.network_group_id = s.network_group_id AND f.person_id = st.person_id)`,
      [editionId],
    );
    await manager.query(
      `INSERT INTO session_staff (session_id, person_id, role)
       SELECT s.id, f.person_id, 'facilitator' FROM session s JOIN network_group_facilitator f ON f.network_group_id = s.network_group_id
        WHERE s.edition_id = $1 AND s.starts_at > now()
       ON CONFLICT (session_id, person_id) WHERE person_id IS NOT NULL DO NOTHING`,
      [editionId],
    );
  }

  /**
   * Groups without members yet, "Netwerkgroep 1" …, for an edition being opened, led by `facilitatorIds` in turn:
   * the first leads group 1, the second group 2, and so on, starting again at group 1 when there are more of them.
   */
  async insertEmptyGroups(editionId: string, count: number, facilitatorIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(
      `WITH inserted AS (
         INSERT INTO network_group (edition_id, name, position) SELECT $1, 'Netwerkgroep ' || n, n FROM generate_series(1, $2::int) AS n RETURNING id, position)
       INSERT INTO network_group_facilitator (network_group_id, person_id)
       SELECT g.id, f.person_id FROM unnest($3::uuid[]) WITH ORDINALITY AS f(person_id, n) JOIN inserted g ON g.position = (f.n - 1) % $2 + 1`,
      [editionId, count, facilitatorIds],
    );
  }

  /** The edition's row lock: divisions of one edition are saved one after the other. */
  async lockEdition(editionId: string, manager: EntityManager): Promise<void> {
    await lockRow(manager, 'edition', editionId);
  }

  /** The current groups the person is in or leads, in these editions (null: any), published editions only. */
  myGroups(personId: string, editionIds: string[] | null): Promise<MyGroupRow[]> {
    return this.db.query(
      `SELECT g.id, g.name, g.edition_id AS "editionId", ed.name AS "editionName", mine.as
         FROM (SELECT m.network_group_id AS group_id, 'participant' AS as FROM network_group_member m
                 JOIN enrolment en ON en.id = m.enrolment_id AND en.status = 'active'
                WHERE en.person_id = $1 AND m.left_at IS NULL
               UNION
               SELECT f.network_group_id, 'facilitator' FROM network_group_facilitator f WHERE f.person_id = $1) mine
         JOIN network_group g ON g.id = mine.group_id
         JOIN edition ed ON ed.id = g.edition_id AND ${isPublishedEdition('ed')}
        WHERE $2::uuid[] IS NULL OR g.edition_id = ANY($2::uuid[])
        ORDER BY ed.start_date DESC, g.position`,
      [personId, editionIds],
    );
  }

  /** The current members of these groups (active enrolments only). */
  members(groupIds: string[]): Promise<GroupMemberRow[]> {
    return this.db.query(
      `SELECT m.network_group_id AS "groupId", ${PERSON_COLUMNS}, en.id AS "enrolmentId"
         FROM network_group_member m
         JOIN enrolment en ON en.id = m.enrolment_id AND en.status = 'active'
         JOIN person p ON p.id = en.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE m.network_group_id = ANY($1::uuid[]) AND m.left_at IS NULL
        ORDER BY p.name, p.id`,
      [groupIds],
    );
  }

  facilitators(groupIds: string[]): Promise<GroupPersonRow[]> {
    return this.db.query(
      `SELECT f.network_group_id AS "groupId", ${PERSON_COLUMNS}
         FROM network_group_facilitator f
         JOIN person p ON p.id = f.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE f.network_group_id = ANY($1::uuid[])
        ORDER BY p.name, p.id`,
      [groupIds],
    );
  }

  /**
   * These groups' sessions as `personId` meets them: a member sees those that begin while they are in the group, in this
   * stay (every one to come) or an earlier one; one held while they were elsewhere did not expect them, and its page is
   * not theirs. A facilitator sees all.
   */
  sessions(groupIds: string[], personId: string): Promise<GroupSessionRow[]> {
    return this.db.query(
      `SELECT s.network_group_id AS "groupId", s.id AS "sessionId", s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status
         FROM session s
        WHERE s.network_group_id = ANY($1::uuid[])
          AND (EXISTS (SELECT 1 FROM network_group_facilitator f WHERE f.network_group_id = s.network_group_id AND f.person_id = $2)
               OR EXISTS (SELECT 1 FROM network_group_member m JOIN enrolment en ON en.id = m.enrolment_id
                           WHERE m.network_group_id = s.network_group_id AND en.person_id = $2
                             AND s.starts_at >= m.joined_at AND (m.left_at IS NULL OR s.starts_at < m.left_at)))
        ORDER BY s.starts_at, s.id`,
      [groupIds, personId],
    );
  }
}
