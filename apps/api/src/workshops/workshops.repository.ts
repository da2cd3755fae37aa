import type { MyWorkshopChoice, SaveWorkshop, WorkshopChoicesResponse, WorkshopView } from '@koers/shared/workshops';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SwitcherAtHead } from './workshop-swaps';

/** Someone the waiting list moved into a workshop. */
export interface PromotedChoice {
  choiceId: string;
  personId: string;
  /** The workshop they were placed in. */
  workshopId: string;
  /** The workshop they held a place in and left for this one. */
  leftWorkshopId: string | null;
  leftWorkshopTitle: string | null;
}

/** Someone whose place in a workshop, or place in its line, went with it. */
export interface RemovedChoice {
  personId: string;
  workshopTitle: string;
}

/** Whether the participants of session `$1` may still choose: wishes to switch count only until then. */
const CHOOSING_OPEN = `(SELECT workshop_choice_closes_at > now() FROM session WHERE id = $1)`;

/**
 * Everyone waiting for one of the session's workshops (`$1`), first come first served: those on its waiting list, and,
 * while choosing is open, those placed in another who would rather have it (`since`: when they asked; `held`: the
 * place they would leave). From the deadline on everyone keeps the place they have. `target` is the workshop they
 * wait for; `assigned_by_person_id` whoever put them on its list (a switcher's is that of the place they hold).
 */
const WAITING = `
  SELECT c.id, c.person_id, CASE WHEN c.status = 'waitlisted' THEN c.assigned_by_person_id END AS assigned_by_person_id,
         coalesce(c.wants_workshop_id, c.workshop_id) AS target, coalesce(c.wants_since, c.chosen_at) AS since,
         CASE WHEN c.wants_workshop_id IS NOT NULL THEN c.workshop_id END AS held
    FROM workshop_choice c
   WHERE c.session_id = $1 AND (c.status = 'waitlisted' OR (c.wants_workshop_id IS NOT NULL AND ${CHOOSING_OPEN}))`;

/** How many hold a place in the workshop `w`. */
const PLACED_IN_W = `(SELECT count(*) FROM workshop_choice placed WHERE placed.workshop_id = w.id AND placed.status = 'placed')`;

/**
 * Workshops and the choices between them. Every change to the choices of a session runs under the row locks of
 * that session's workshops (taken in id order), so counting a workshop's places and taking one is atomic: parallel
 * choices, on any number of replicas, never overfill a workshop.
 */
@Injectable()
export class WorkshopsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async closesAt(sessionId: string, manager: EntityManager = this.db.manager): Promise<Date | null> {
    const [row] = await manager.query(`SELECT workshop_choice_closes_at AS "closesAt" FROM session WHERE id = $1`, [sessionId]);
    return row?.closesAt ?? null;
  }

  workshops(sessionId: string, manager: EntityManager = this.db.manager): Promise<WorkshopView[]> {
    return manager.query(
      `SELECT w.id, w.title, w.speaker, w.room, w.capacity,
              ${PLACED_IN_W}::int AS placed,
              (SELECT count(*) FROM (${WAITING}) waiting WHERE waiting.target = w.id)::int AS waitlisted
         FROM workshop w
        WHERE w.session_id = $1 ORDER BY w.position`,
      [sessionId],
    );
  }

  /** Who is placed in and waiting for each of the session's workshops, in order of arrival, and who has not chosen; two statements. */
  async choices(sessionId: string): Promise<WorkshopChoicesResponse> {
    const [workshops, notChosen] = await Promise.all([
      this.db.query(
        `SELECT w.id AS "workshopId",
                (SELECT COALESCE(json_agg(json_build_object('personId', p.id, 'name', p.name, 'assignedByProgrammeOffice', c.assigned_by_person_id IS NOT NULL)
                                          ORDER BY c.chosen_at, c.id), '[]')
                   FROM workshop_choice c JOIN person p ON p.id = c.person_id WHERE c.workshop_id = w.id AND c.status = 'placed') AS placed,
                (SELECT COALESCE(json_agg(json_build_object('personId', p.id, 'name', p.name, 'assignedByProgrammeOffice', waiting.assigned_by_person_id IS NOT NULL)
                                          ORDER BY waiting.since, waiting.id), '[]')
                   FROM (${WAITING}) waiting JOIN person p ON p.id = waiting.person_id WHERE waiting.target = w.id) AS waitlisted
           FROM workshop w
          WHERE w.session_id = $1 ORDER BY w.position`,
        [sessionId],
      ),
      this.db.query(
        `SELECT DISTINCT p.id AS "personId", p.name FROM expected_attendee x JOIN person p ON p.id = x.person_id
          WHERE x.session_id = $1 AND x.role = 'participant'
            AND NOT EXISTS (SELECT 1 FROM workshop_choice c WHERE c.session_id = $1 AND c.person_id = x.person_id)
          ORDER BY p.name, p.id`,
        [sessionId],
      ),
    ]);
    return { workshops, notChosen };
  }

  /** The person's choice at the session, with their place on the waiting list of the workshop they wait for. */
  async choiceOf(sessionId: string, personId: string, manager: EntityManager = this.db.manager): Promise<MyWorkshopChoice | null> {
    const [row] = await manager.query(
      `WITH waiting AS (${WAITING})
       SELECT c.workshop_id AS "workshopId", c.status, CASE WHEN ${CHOOSING_OPEN} THEN c.wants_workshop_id END AS "wantsWorkshopId",
              (SELECT count(*)::int FROM waiting mine JOIN waiting ahead ON ahead.target = mine.target AND (ahead.since, ahead.id) <= (mine.since, mine.id)
                WHERE mine.id = c.id) AS "waitlistPosition"
         FROM workshop_choice c WHERE c.session_id = $1 AND c.person_id = $2`,
      [sessionId, personId],
    );
    return row ? { ...row, waitlistPosition: row.waitlistPosition || null } : null;
  }

  /** The sessions still to come at which the person holds a workshop place or waits for one (in `editionId`, or any). */
  async comingChoiceSessions(personId: string, editionId: string | null, manager: EntityManager): Promise<string[]> {
    const rows: { sessionId: string }[] = await manager.query(
      `SELECT DISTINCT c.session_id AS "sessionId" FROM workshop_choice c JOIN session s ON s.id = c.session_id
        WHERE c.person_id = $1 AND s.starts_at > now() AND ($2::uuid IS NULL OR s.edition_id = $2)
        ORDER BY 1`,
      [personId, editionId],
    );
    return rows.map((row) => row.sessionId);
  }

  /** Takes the person's choice at the session away. Call under lockWorkshops. */
  async removeChoice(sessionId: string, personId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM workshop_choice WHERE session_id = $1 AND person_id = $2`, [sessionId, personId]);
  }

  /** Locks the session's workshops until the transaction ends; answers their ids. */
  async lockWorkshops(sessionId: string, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM workshop WHERE session_id = $1 ORDER BY id FOR UPDATE`, [sessionId]);
    return rows.map((row) => row.id);
  }

  /**
   * Wishes to switch end at the choice deadline: everyone keeps the place they have. Until a change to the workshops
   * clears them here, WAITING leaves them out; cleared before a later deadline is saved, they do not come back with it.
   */
  async endLapsedWishes(sessionId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE workshop_choice SET wants_workshop_id = NULL, wants_since = NULL
        WHERE session_id = $1 AND wants_workshop_id IS NOT NULL AND NOT coalesce(${CHOOSING_OPEN}, false)`,
      [sessionId],
    );
  }

  /**
   * Replaces the session's workshops (kept by id, their choices too) and its choice deadline. Answers who had a place
   * in, or waited for, a workshop that goes.
   */
  async replaceWorkshops(sessionId: string, closesAt: Date | null, workshops: readonly SaveWorkshop[], manager: EntityManager): Promise<RemovedChoice[]> {
    await manager.query(`UPDATE session SET workshop_choice_closes_at = $2, sequence = sequence + 1, updated_at = now() WHERE id = $1`, [sessionId, closesAt]);
    const kept = workshops.flatMap((workshop) => (workshop.id ? [workshop.id] : []));
    // Also those placed elsewhere who wait to switch to a workshop that goes: their wish ends.
    const removed: RemovedChoice[] = await manager.query(
      `SELECT c.person_id AS "personId", w.title AS "workshopTitle" FROM workshop_choice c
         JOIN workshop w ON w.id = CASE WHEN c.workshop_id <> ALL($2::uuid[]) THEN c.workshop_id ELSE c.wants_workshop_id END
        WHERE c.session_id = $1 AND (c.workshop_id <> ALL($2::uuid[]) OR c.wants_workshop_id <> ALL($2::uuid[]))`,
      [sessionId, kept],
    );
    // Whoever waits to move from a workshop that goes keeps their place in the line they joined; a wish for a
    // workshop that goes ends. Choices in removed workshops go with them, and are to be made again.
    await manager.query(
      `UPDATE workshop_choice
          SET workshop_id = CASE WHEN workshop_id = ANY($2::uuid[]) THEN workshop_id ELSE wants_workshop_id END,
              status = CASE WHEN workshop_id = ANY($2::uuid[]) THEN status ELSE 'waitlisted' END,
              chosen_at = CASE WHEN workshop_id = ANY($2::uuid[]) THEN chosen_at ELSE wants_since END,
              assigned_by_person_id = CASE WHEN workshop_id = ANY($2::uuid[]) THEN assigned_by_person_id END,
              wants_workshop_id = NULL, wants_since = NULL
        WHERE session_id = $1 AND wants_workshop_id IS NOT NULL AND NOT (workshop_id = ANY($2::uuid[]) AND wants_workshop_id = ANY($2::uuid[]))
          AND (wants_workshop_id = ANY($2::uuid[]) OR workshop_id = ANY($2::uuid[]))`,
      [sessionId, kept],
    );
    await manager.query(`DELETE FROM workshop WHERE session_id = $1 AND id <> ALL($2::uuid[])`, [sessionId, kept]);
    await manager.query(
      `WITH input AS (SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[]) WITH ORDINALITY AS i(id, title, speaker, room, capacity, position)),
            updated AS (
              UPDATE workshop w SET title = i.title, speaker = i.speaker, room = i.room, capacity = i.capacity, position = i.position
                FROM input i WHERE w.id = i.id AND w.session_id = $1 RETURNING w.id)
       INSERT INTO workshop (session_id, title, speaker, room, capacity, position)
       SELECT $1, title, speaker, room, capacity, position FROM input WHERE id IS NULL`,
      [
        sessionId,
        workshops.map((w) => w.id ?? null),
        workshops.map((w) => w.title),
        workshops.map((w) => w.speaker),
        workshops.map((w) => w.room),
        workshops.map((w) => w.capacity),
      ],
    );
    return removed;
  }

  /** Whether the workshop belongs to the session. */
  async belongsTo(workshopId: string, sessionId: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM workshop WHERE id = $1 AND session_id = $2`, [workshopId, sessionId]);
    return rows.length > 0;
  }

  /**
   * The person's choice becomes this workshop: placed while it has room, else on its waiting list. Someone placed
   * elsewhere keeps that place while this one is full, waiting for it (and choosing their own again stops waiting).
   * Call under lockWorkshops. Choosing the workshop one already has changes nothing.
   */
  async choose(sessionId: string, personId: string, workshopId: string, assignedBy: string | null, manager: EntityManager): Promise<void> {
    const [held]: { workshopId: string }[] = await manager.query(
      `SELECT workshop_id AS "workshopId" FROM workshop_choice WHERE session_id = $1 AND person_id = $2 AND status = 'placed'`,
      [sessionId, personId],
    );
    if (held?.workshopId === workshopId) {
      await manager.query(`UPDATE workshop_choice SET wants_workshop_id = NULL, wants_since = NULL WHERE session_id = $1 AND person_id = $2`, [sessionId, personId]);
      return;
    }
    if (held) {
      await manager.query(
        `WITH wanted AS (
           SELECT w.id, ${PLACED_IN_W} < w.capacity AS has_room
             FROM workshop w WHERE w.id = $3)
         UPDATE workshop_choice c
            SET workshop_id = CASE WHEN wanted.has_room THEN wanted.id ELSE c.workshop_id END,
                chosen_at = CASE WHEN wanted.has_room THEN clock_timestamp() ELSE c.chosen_at END,
                assigned_by_person_id = CASE WHEN wanted.has_room THEN $4 ELSE c.assigned_by_person_id END,
                wants_workshop_id = CASE WHEN wanted.has_room THEN NULL ELSE wanted.id END,
                wants_since = CASE WHEN wanted.has_room THEN NULL WHEN c.wants_workshop_id = wanted.id THEN c.wants_since ELSE clock_timestamp() END
           FROM wanted
          WHERE c.session_id = $1 AND c.person_id = $2`,
        [sessionId, personId, workshopId, assignedBy],
      );
      return;
    }
    await manager.query(`DELETE FROM workshop_choice WHERE session_id = $1 AND person_id = $2 AND workshop_id <> $3`, [sessionId, personId, workshopId]);
    await manager.query(
      // clock_timestamp(), not now(): the moment the choice got the lock, so the waiting list follows the order of arrival.
      `INSERT INTO workshop_choice (session_id, person_id, workshop_id, status, assigned_by_person_id, chosen_at)
       SELECT $1, $2, w.id,
              CASE WHEN ${PLACED_IN_W} < w.capacity
                   THEN 'placed' ELSE 'waitlisted' END::workshop_choice_status, $4, clock_timestamp()
         FROM workshop w WHERE w.id = $3
       ON CONFLICT (session_id, person_id) DO NOTHING`,
      [sessionId, personId, workshopId, assignedBy],
    );
  }

  /**
   * Fills the free places of the session's workshops from their waiting lists, first come first served. Someone who
   * moves over from another workshop frees a place there, which the next round fills, until nothing moves. Call under
   * lockWorkshops.
   */
  async promoteWaiting(sessionId: string, manager: EntityManager): Promise<PromotedChoice[]> {
    const promoted: PromotedChoice[] = [];
    for (;;) {
      const moved: PromotedChoice[] = await manager.query(
        `WITH ranked AS (
           SELECT waiting.id, waiting.target, waiting.held, row_number() OVER (PARTITION BY waiting.target ORDER BY waiting.since, waiting.id) AS n,
                  w.capacity - ${PLACED_IN_W} AS free
             FROM (${WAITING}) waiting JOIN workshop w ON w.id = waiting.target),
         promoted AS (
           UPDATE workshop_choice c
              SET workshop_id = ranked.target, status = 'placed', wants_workshop_id = NULL, wants_since = NULL,
                  chosen_at = CASE WHEN ranked.held IS NULL THEN c.chosen_at ELSE clock_timestamp() END,
                  -- Moving where they asked to go is their own choice, whoever placed them before.
                  assigned_by_person_id = CASE WHEN ranked.held IS NULL THEN c.assigned_by_person_id END
             FROM ranked LEFT JOIN workshop left_w ON left_w.id = ranked.held
            WHERE c.id = ranked.id AND ranked.n <= ranked.free
           RETURNING c.id, c.person_id, c.workshop_id, left_w.id AS left_id, left_w.title AS left_title)
         SELECT id AS "choiceId", person_id AS "personId", workshop_id AS "workshopId", left_id AS "leftWorkshopId", left_title AS "leftWorkshopTitle" FROM promoted`,
        [sessionId],
      );
      if (moved.length === 0) return promoted;
      promoted.push(...moved);
    }
  }

  /** Per workshop of the session, the first waiting for it when that is someone holding a place in another. */
  async switchersAtHead(sessionId: string, manager: EntityManager): Promise<SwitcherAtHead[]> {
    return manager.query(
      `SELECT head.id AS "choiceId", head.target AS wanted, c.workshop_id AS held
         FROM (SELECT DISTINCT ON (waiting.target) waiting.id, waiting.target FROM (${WAITING}) waiting ORDER BY waiting.target, waiting.since, waiting.id) head
         JOIN workshop_choice c ON c.id = head.id AND c.wants_workshop_id IS NOT NULL`,
      [sessionId],
    );
  }

  /** These placed people move to the workshop they wait for, all at once (a swap: no workshop fills further). */
  async moveToWanted(choiceIds: string[], manager: EntityManager): Promise<PromotedChoice[]> {
    const [moved]: [PromotedChoice[], number] = await manager.query(
      // The join reads the row as it was: left_w is the workshop left.
      `UPDATE workshop_choice c SET workshop_id = c.wants_workshop_id, wants_workshop_id = NULL, wants_since = NULL, chosen_at = clock_timestamp(), assigned_by_person_id = NULL
         FROM workshop left_w
        WHERE left_w.id = c.workshop_id AND c.id = ANY($1::uuid[]) AND c.wants_workshop_id IS NOT NULL
       RETURNING c.id AS "choiceId", c.person_id AS "personId", c.workshop_id AS "workshopId", left_w.id AS "leftWorkshopId", left_w.title AS "leftWorkshopTitle"`,
      [choiceIds],
    );
    return moved;
  }

  /**
   * Places the participants expected at the session who have no place yet in the workshops with the most room,
   * one at a time, as far as there is room, those who waited first; whoever waited for a workshop keeps their place
   * in its line, as a wish to switch, while choosing is open. Call under lockWorkshops. Answers how many were placed
   * and how many not.
   */
  async assignRest(sessionId: string, assignedBy: string, manager: EntityManager): Promise<{ placed: PromotedChoice[]; withoutRoom: number }> {
    // Those on a waiting list first, in order of arrival, then those who did not choose, by name.
    const waiting: { personId: string }[] = await manager.query(
      `SELECT x.person_id AS "personId" FROM (SELECT DISTINCT person_id FROM expected_attendee WHERE session_id = $1 AND role = 'participant') x
         JOIN person p ON p.id = x.person_id
         LEFT JOIN workshop_choice c ON c.session_id = $1 AND c.person_id = x.person_id
        WHERE c.status IS DISTINCT FROM 'placed'
        ORDER BY c.chosen_at NULLS LAST, p.name, x.person_id`,
      [sessionId],
    );
    const workshops: { id: string; free: number }[] = await manager.query(
      `SELECT w.id, w.capacity - count(c.id) FILTER (WHERE c.status = 'placed')::int AS free
         FROM workshop w LEFT JOIN workshop_choice c ON c.workshop_id = w.id WHERE w.session_id = $1 GROUP BY w.id ORDER BY w.position`,
      [sessionId],
    );
    const placements: { personId: string; workshopId: string }[] = [];
    for (const { personId } of waiting) {
      const roomiest = workshops.reduce<{ id: string; free: number } | null>((best, w) => (w.free > 0 && (!best || w.free > best.free) ? w : best), null);
      if (!roomiest) break;
      roomiest.free -= 1;
      placements.push({ personId, workshopId: roomiest.id });
    }
    const placed: PromotedChoice[] = await manager.query(
      `INSERT INTO workshop_choice (session_id, person_id, workshop_id, status, assigned_by_person_id)
       SELECT $1, person_id, workshop_id, 'placed', $4 FROM unnest($2::uuid[], $3::uuid[]) AS a(person_id, workshop_id)
       ON CONFLICT (session_id, person_id) DO UPDATE
          SET workshop_id = EXCLUDED.workshop_id, status = 'placed', assigned_by_person_id = EXCLUDED.assigned_by_person_id, chosen_at = clock_timestamp(),
              wants_workshop_id = CASE WHEN ${CHOOSING_OPEN} THEN NULLIF(workshop_choice.workshop_id, EXCLUDED.workshop_id) END,
              wants_since = CASE WHEN ${CHOOSING_OPEN} AND workshop_choice.workshop_id <> EXCLUDED.workshop_id THEN workshop_choice.chosen_at END
       RETURNING id AS "choiceId", person_id AS "personId", workshop_id AS "workshopId", NULL::uuid AS "leftWorkshopId", NULL::text AS "leftWorkshopTitle"`,
      [sessionId, placements.map((p) => p.personId), placements.map((p) => p.workshopId), assignedBy],
    );
    return { placed, withoutRoom: waiting.length - placements.length };
  }
}
