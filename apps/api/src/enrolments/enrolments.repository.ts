import type { EditionStatus } from '@koers/shared/domain';
import type { EnrolmentListItem, EnrolmentStatus } from '@koers/shared/enrolments';
import type { EditionRole } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { matchesSearch } from '../database/search-form';
import { lockRow } from '../database/lock-row';

/** What enrolling decides on: the edition's state and how full it is. */
export interface EditionSeats {
  name: string;
  status: EditionStatus;
  capacity: number;
  /** Active participants. */
  taken: number;
  /** The highest waiting-list position, 0 when nobody waits. */
  lastWaitlistPosition: number;
}

export interface ExistingEnrolment {
  id: string;
  personId: string;
  email: string;
  role: EditionRole;
  status: EnrolmentStatus;
  /** A participant's director, if they have one. */
  director: { id: string; name: string; email: string } | null;
}

export interface NewEnrolment {
  personId: string;
  role: EditionRole;
  status: Exclude<EnrolmentStatus, 'withdrawn'>;
  waitlistPosition: number | null;
  directorPersonId: string | null;
  supportsEnrolmentId: string | null;
  roleInOrganisation: string | null;
}

/** An active enrolment without links: staff, and directors enrolled with their participant. */
export const plainEnrolment = (personId: string, role: EditionRole): NewEnrolment => ({
  personId,
  role,
  status: 'active',
  waitlistPosition: null,
  directorPersonId: null,
  supportsEnrolmentId: null,
  roleInOrganisation: null,
});

/** The participants a director or internal-team member is enrolled for, by name. */
export interface LinkedParticipants {
  directorOf: string[];
  /** Those of `directorOf` who wait on the waiting list. */
  directorOfWaiting: string[];
  teamOf: string[];
  /** Those of `teamOf` who wait on the waiting list. */
  teamOfWaiting: string[];
}

/** A participant who moved up from the waiting list. */
export interface PromotedParticipant {
  enrolmentId: string;
  personId: string;
  name: string;
}

/**
 * Per person, the names of the edition's participants whose director they are (and which of those wait on the
 * waiting list) and whose internal team they are in (withdrawn and erased participants left out), in one query:
 * what their invitation and their schedule say they take part for.
 */
export async function participantsLinkedTo(manager: EntityManager, editionId: string, personIds: readonly string[]): Promise<Map<string, LinkedParticipants>> {
  const rows: ({ personId: string } & LinkedParticipants)[] = await manager.query(
    `SELECT link.person_id AS "personId",
            COALESCE(array_agg(pp.name ORDER BY pp.name) FILTER (WHERE link.kind = 'director'), '{}') AS "directorOf",
            COALESCE(array_agg(pp.name ORDER BY pp.name) FILTER (WHERE link.kind = 'director' AND link.waiting), '{}') AS "directorOfWaiting",
            COALESCE(array_agg(pp.name ORDER BY pp.name) FILTER (WHERE link.kind = 'team'), '{}') AS "teamOf",
            COALESCE(array_agg(pp.name ORDER BY pp.name) FILTER (WHERE link.kind = 'team' AND link.waiting), '{}') AS "teamOfWaiting"
       FROM (SELECT en.director_person_id AS person_id, en.person_id AS participant_id, 'director' AS kind, en.status = 'waitlisted' AS waiting
               FROM enrolment en
              WHERE en.edition_id = $1 AND en.role = 'participant' AND en.status <> 'withdrawn' AND en.director_person_id = ANY($2::uuid[])
             UNION
             SELECT tm.person_id, pe.person_id, 'team', pe.status = 'waitlisted'
               FROM enrolment tm JOIN enrolment pe ON pe.id = tm.supports_enrolment_id AND pe.status <> 'withdrawn'
              WHERE tm.edition_id = $1 AND tm.role = 'internal_team_member' AND tm.person_id = ANY($2::uuid[])) link
       JOIN person pp ON pp.id = link.participant_id AND pp.erased_at IS NULL
      GROUP BY link.person_id`,
    [editionId, personIds],
  );
  return new Map(rows.map(({ personId, ...linked }) => [personId, linked]));
}

@Injectable()
export class EnrolmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The edition's seats; with `lock`, no one else enrols in it until the transaction ends. */
  async seats(editionId: string, { lock }: { lock: boolean }, manager: EntityManager = this.db.manager): Promise<EditionSeats | null> {
    if (lock) await lockRow(manager, 'edition', editionId);
    const [row] = await manager.query(
      `SELECT e.name, e.status, e.capacity,
              (SELECT count(*)::int FROM enrolment WHERE edition_id = e.id AND role = 'participant' AND status = 'active') AS taken,
              (SELECT COALESCE(max(waitlist_position), 0)::int FROM enrolment WHERE edition_id = e.id AND status = 'waitlisted') AS "lastWaitlistPosition"
         FROM edition e WHERE e.id = $1`,
      [editionId],
    );
    return row ?? null;
  }

  /** The roles these people hold in the edition (not withdrawn), each as an enrolment's standing: for the rules of roles-in-edition.rules.ts. */
  async standingsAmong(editionId: string, personIds: readonly string[], manager: EntityManager): Promise<Pick<ExistingEnrolment, 'role' | 'status'>[]> {
    if (personIds.length === 0) return [];
    return manager.query(`SELECT role, status FROM enrolment WHERE edition_id = $1 AND person_id = ANY($2::uuid[]) AND status <> 'withdrawn'`, [editionId, personIds]);
  }

  /** Enrolments in the edition of the people with these addresses, in any role and status. */
  async existing(editionId: string, emails: string[], manager: EntityManager = this.db.manager): Promise<ExistingEnrolment[]> {
    if (emails.length === 0) return [];
    return manager.query(
      `SELECT en.id, p.id AS "personId", p.email, en.role, en.status, CASE WHEN d.id IS NOT NULL THEN json_build_object('id', d.id, 'name', d.name, 'email', d.email) END AS director
         FROM enrolment en JOIN person p ON p.id = en.person_id LEFT JOIN person d ON d.id = en.director_person_id
        WHERE en.edition_id = $1 AND p.email = ANY($2::text[])`,
      [editionId, emails],
    );
  }

  /**
   * Enrols people in one statement. Someone who withdrew earlier in the same role is enrolled again;
   * an enrolment that is active or waiting stays as it is and is not returned.
   */
  async upsert(editionId: string, enrolments: NewEnrolment[], manager: EntityManager): Promise<{ id: string; personId: string; role: EditionRole }[]> {
    if (enrolments.length === 0) return [];
    return manager.query(
      `INSERT INTO enrolment (edition_id, person_id, role, status, waitlist_position, director_person_id, supports_enrolment_id, role_in_organisation)
       SELECT $1, person, role::edition_role, status::enrolment_status, position, director, supports, role_in_organisation
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::uuid[], $7::uuid[], $8::text[])
           AS e(person, role, status, position, director, supports, role_in_organisation)
       ON CONFLICT (person_id, edition_id, role) DO UPDATE
          SET status = EXCLUDED.status, waitlist_position = EXCLUDED.waitlist_position, enrolled_at = now(),
              director_person_id = COALESCE(EXCLUDED.director_person_id, enrolment.director_person_id),
              supports_enrolment_id = COALESCE(EXCLUDED.supports_enrolment_id, enrolment.supports_enrolment_id),
              role_in_organisation = COALESCE(EXCLUDED.role_in_organisation, enrolment.role_in_organisation)
        WHERE enrolment.status = 'withdrawn'
       RETURNING id, person_id AS "personId", role`,
      [
        editionId,
        enrolments.map((e) => e.personId),
        enrolments.map((e) => e.role),
        enrolments.map((e) => e.status),
        enrolments.map((e) => e.waitlistPosition),
        enrolments.map((e) => e.directorPersonId),
        enrolments.map((e) => e.supportsEnrolmentId),
        enrolments.map((e) => e.roleInOrganisation),
      ],
    );
  }

  /** One implementation challenge per participant enrolment; one that exists already is kept. */
  async insertChallenges(challenges: { enrolmentId: string; title: string; description: string }[], manager: EntityManager): Promise<void> {
    if (challenges.length === 0) return;
    await manager.query(
      `INSERT INTO implementation_challenge (enrolment_id, title, description)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
       ON CONFLICT (enrolment_id) DO NOTHING`,
      [challenges.map((c) => c.enrolmentId), challenges.map((c) => c.title), challenges.map((c) => c.description)],
    );
  }

  /** The person's active director enrolment in the edition, when they sponsor none of its participants (active or waiting). */
  async directorEnrolmentSponsoringNobody(editionId: string, directorPersonId: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT d.id FROM enrolment d
        WHERE d.edition_id = $1 AND d.person_id = $2 AND d.role = 'director' AND d.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.edition_id = $1 AND e.role = 'participant' AND e.status <> 'withdrawn' AND e.director_person_id = d.person_id)`,
      [editionId, directorPersonId],
    );
    return row?.id ?? null;
  }

  /**
   * Of these people, those who cannot get in without a new invitation: no password chosen, never logged in (single
   * sign-on), and no password link that still works (it expired, or was ended when they were withdrawn).
   */
  async withoutUsableLink(personIds: readonly string[], manager: EntityManager): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(
      `SELECT p.id FROM person p
        WHERE p.id = ANY($1::uuid[]) AND p.password_hash IS NULL AND p.last_login_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM password_reset_token r WHERE r.person_id = p.id AND r.used_at IS NULL AND r.expires_at > now())`,
      [personIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async linkDirector(participantEnrolmentId: string, directorPersonId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE enrolment SET director_person_id = $2 WHERE id = $1`, [participantEnrolmentId, directorPersonId]);
  }

  /** Withdraws the enrolment; its previous status and role, or null when it is not an enrolment of this edition. */
  async withdraw(
    editionId: string,
    enrolmentId: string,
    manager: EntityManager,
  ): Promise<{ personId: string; role: EditionRole; previousStatus: EnrolmentStatus; directorPersonId: string | null } | null> {
    const [rows] = await manager.query(
      `WITH previous AS (SELECT id, role, status FROM enrolment WHERE id = $2 AND edition_id = $1 FOR UPDATE)
       UPDATE enrolment en SET status = 'withdrawn', waitlist_position = NULL
         FROM previous WHERE en.id = previous.id
       RETURNING en.person_id AS "personId", previous.role, previous.status AS "previousStatus", en.director_person_id AS "directorPersonId"`,
      [editionId, enrolmentId],
    );
    return rows[0] ?? null;
  }

  /** Withdraws the internal team of a participant enrolment (its members' active enrolments): whom it took out. */
  async withdrawInternalTeam(participantEnrolmentId: string, manager: EntityManager): Promise<{ enrolmentId: string; personId: string }[]> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [withdrawn] = await manager.query(
      `UPDATE enrolment SET status = 'withdrawn'
        WHERE supports_enrolment_id = $1 AND role = 'internal_team_member' AND status = 'active'
       RETURNING id AS "enrolmentId", person_id AS "personId"`,
      [participantEnrolmentId],
    );
    return withdrawn;
  }

  /** The person's active or waiting enrolments in editions that have not completed (or in one of them), oldest edition first, then by role: erasing withdraws them in the same order every time. */
  async ongoingEnrolmentsOf(personId: string, manager: EntityManager, editionId: string | null = null): Promise<{ editionId: string; enrolmentId: string }[]> {
    return manager.query(
      `SELECT en.edition_id AS "editionId", en.id AS "enrolmentId"
         FROM enrolment en JOIN edition ed ON ed.id = en.edition_id
        WHERE en.person_id = $1 AND en.status IN ('active', 'waitlisted') AND ed.status IN ('draft', 'open', 'running')
          AND ($2::uuid IS NULL OR en.edition_id = $2)
        ORDER BY ed.start_date, ed.id, en.role, en.id`,
      [personId, editionId],
    );
  }

  /**
   * Fills free places from the waiting list in order and closes the gaps in the list; answers who moved up.
   * The caller holds the edition's lock.
   */
  async promoteFromWaitlist(editionId: string, manager: EntityManager): Promise<PromotedParticipant[]> {
    const [promoted] = await manager.query(
      `WITH free AS (
         SELECT GREATEST(e.capacity - (SELECT count(*) FROM enrolment WHERE edition_id = e.id AND role = 'participant' AND status = 'active'), 0) AS places
           FROM edition e WHERE e.id = $1
       ), next AS (
         SELECT id FROM enrolment WHERE edition_id = $1 AND role = 'participant' AND status = 'waitlisted'
          ORDER BY waitlist_position LIMIT (SELECT places FROM free)
       )
       UPDATE enrolment en SET status = 'active', waitlist_position = NULL, enrolled_at = now()
         FROM next, person p
        WHERE en.id = next.id AND p.id = en.person_id
       RETURNING en.id AS "enrolmentId", en.person_id AS "personId", p.name`,
      [editionId],
    );
    // Also when nobody moved up: someone withdrawn from the list leaves a gap too.
    await manager.query(
      `UPDATE enrolment en SET waitlist_position = ranked.n
         FROM (SELECT id, row_number() OVER (ORDER BY waitlist_position)::int AS n FROM enrolment
                WHERE edition_id = $1 AND status = 'waitlisted') ranked
        WHERE en.id = ranked.id AND en.waitlist_position IS DISTINCT FROM ranked.n`,
      [editionId],
    );
    return promoted;
  }

  /**
   * The people enrolled in the edition (active or waiting) who never chose a password, one row each with the role
   * their invitation names (participant first), for the invitations that go out when the edition is published.
   */
  async withoutPassword(editionId: string, manager: EntityManager): Promise<{ personId: string; role: EditionRole; waitlisted: boolean }[]> {
    return manager.query(
      `SELECT DISTINCT ON (p.id) p.id AS "personId", en.role, en.status = 'waitlisted' AS waitlisted
         FROM enrolment en
         JOIN person p ON p.id = en.person_id AND p.password_hash IS NULL AND p.erased_at IS NULL
        WHERE en.edition_id = $1 AND en.status <> 'withdrawn'
        ORDER BY p.id, en.status, array_position(ARRAY['participant', 'director', 'internal_team_member', 'trainer', 'facilitator']::edition_role[], en.role)`,
      [editionId],
    );
  }

  /** One page of the edition's enrolments with their links, and the total, in one query. */
  async page(
    editionId: string,
    filter: { role?: EditionRole; status?: EnrolmentStatus; search?: string },
    /** null: all of them (the export). */
    limit: number | null,
    offset: number,
  ): Promise<{ items: EnrolmentListItem[]; total: number }> {
    const rows = await this.db.query(
      `SELECT en.id, en.person_id AS "personId", p.name, p.email, o.name AS organisation, en.role, en.status,
              en.waitlist_position AS "waitlistPosition", director.name AS "directorName", CASE WHEN director.erased_at IS NULL THEN director.email END AS "directorEmail", supported.name AS "supportsName",
              en.role_in_organisation AS "roleInOrganisation", c.title AS "challengeTitle", en.enrolled_at AS "enrolledAt",
              count(*) OVER ()::int AS total
         FROM enrolment en
         JOIN person p ON p.id = en.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN person director ON director.id = en.director_person_id
         LEFT JOIN enrolment supports ON supports.id = en.supports_enrolment_id
         LEFT JOIN person supported ON supported.id = supports.person_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = en.id
        WHERE en.edition_id = $1
          AND ($2::edition_role IS NULL OR en.role = $2)
          AND ($3::enrolment_status IS NULL OR en.status = $3)
          AND ($6 = '' OR ${matchesSearch('p.name', '$6')} OR ${matchesSearch('p.email', '$6')})
        ORDER BY array_position(ARRAY['participant', 'director', 'internal_team_member', 'trainer', 'facilitator']::edition_role[], en.role),
                 en.status, en.waitlist_position NULLS FIRST, p.name, en.id
        LIMIT $4 OFFSET $5`,
      [editionId, filter.role ?? null, filter.status ?? null, limit, offset, filter.search ?? ''],
    );
    return {
      items: rows.map(({ total: _, enrolledAt, ...item }: EnrolmentListItem & { total: number; enrolledAt: Date }) => ({
        ...item,
        enrolledAt: enrolledAt.toISOString(),
      })),
      total: rows[0]?.total ?? 0,
    };
  }
}
