import type {
  InstrumentVersionView,
  MeasurementAnswer,
  MeasurementAnswerRequest,
  MeasurementRespondentRole,
  MeasurementTask,
  MeasurementTemplateLine,
  MeasurementTemplateLineRequest,
} from '@koers/shared/measurements';
import { SCAN_WINDOW_DAYS, TEAM_DAY_WINDOW_DAYS } from '@koers/shared/measurements';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPublishedEdition } from '../database/edition-sql';
import { DIMENSIONS_OF_V } from '../instruments/instruments.repository';
import { INSERT_DELIVERY, ON_CONFLICT } from '../mail/mail-queue.repository';
import { TIME_ZONE } from '@koers/shared/domain';
import { lockRow } from '../database/lock-row';

/**
 * Who answers in the rounds `r` (the alias the caller's query gives measurement_round): per round, per respondent,
 * the participant enrolment the answers are about. Participants about themselves, directors about the participants
 * whose enrolment names them, internal-team members about the participant they support; active enrolments only.
 */
const respondentSlots = (roundCondition: string) => `(
  SELECT r.id AS round_id, p.person_id, p.id AS participant_enrolment_id, 'participant'::measurement_respondent_role AS role
    FROM measurement_round r
    JOIN enrolment p ON p.edition_id = r.edition_id AND p.role = 'participant' AND p.status = 'active'
   WHERE 'participant' = ANY(r.respondents) AND ${roundCondition}
  UNION ALL
  SELECT r.id, p.director_person_id, p.id, 'director'
    FROM measurement_round r
    JOIN enrolment p ON p.edition_id = r.edition_id AND p.role = 'participant' AND p.status = 'active' AND p.director_person_id IS NOT NULL
   WHERE 'director' = ANY(r.respondents) AND ${roundCondition}
  UNION ALL
  SELECT r.id, m.person_id, p.id, 'internal_team_member'
    FROM measurement_round r
    JOIN enrolment p ON p.edition_id = r.edition_id AND p.role = 'participant' AND p.status = 'active'
    JOIN enrolment m ON m.supports_enrolment_id = p.id AND m.role = 'internal_team_member' AND m.status = 'active'
   WHERE 'internal_team_member' = ANY(r.respondents) AND ${roundCondition})`;

/**
 * The round (SQL alias given) is asked of anyone: the internal-team day it belongs to, if any, was not cancelled (given
 * a new date, the day takes place again and its round follows it).
 */
export const roundAsked = (round: string) => `NOT EXISTS (SELECT 1 FROM session day WHERE day.id = ${round}.session_id AND day.status = 'cancelled')`;

/** The round (alias `r`) is asked now: its window has begun and not ended. */
const ASKED_NOW = `r.opens_at <= now() AND r.closes_at > now() AND ${roundAsked('r')}`;

/** Items of the round's version (alias `r`), and how many of them the slot (alias `s`) has answered. */
const PROGRESS_OF_SLOT = `
  (SELECT count(*)::int FROM measurement_response resp
     JOIN measurement_answer a ON a.response_id = resp.id AND a.value IS NOT NULL
    WHERE resp.round_id = r.id AND resp.person_id = s.person_id AND resp.participant_enrolment_id = s.participant_enrolment_id) AS answered,
  (SELECT count(*)::int FROM instrument_dimension d JOIN instrument_item it ON it.dimension_id = d.id WHERE d.version_id = r.instrument_version_id) AS items`;

const TASK_COLUMNS = `
  r.id AS "roundId", ed.id AS "editionId", ed.name AS "editionName", i.name AS "instrumentName", i.kind AS "instrumentKind",
  r.moment, r.occurrence, r.subject, s.role, s.participant_enrolment_id AS "participantEnrolmentId",
  pp.name AS "participantName", o.name AS "organisationName", r.opens_at AS "opensAt", r.closes_at AS "closesAt",
  ${PROGRESS_OF_SLOT}`;

const TASK_JOINS = `
  JOIN measurement_round r ON r.id = s.round_id
  JOIN edition ed ON ed.id = r.edition_id
  JOIN instrument_version v ON v.id = r.instrument_version_id
  JOIN instrument i ON i.id = v.instrument_id
  JOIN enrolment pe ON pe.id = s.participant_enrolment_id
  JOIN person pp ON pp.id = pe.person_id
  LEFT JOIN organisation o ON o.id = pp.organisation_id`;

interface TaskRow extends Omit<MeasurementTask, 'opensAt' | 'closesAt'> {
  opensAt: Date;
  closesAt: Date;
}

const toTask = ({ opensAt, closesAt, ...row }: TaskRow): MeasurementTask => ({ ...row, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() });

export interface RoundFacts {
  id: string;
  editionId: string;
  instrumentVersionId: string;
  opensAt: Date;
  closesAt: Date;
  /** The internal-team day it belongs to was cancelled: nobody is asked to fill it. */
  dayCancelled: boolean;
}

export interface ItemFacts {
  id: string;
  dimensionId: string;
  scale: 'agree_1_5' | 'in_place_3';
  freeTextAllowed: boolean;
}

/**
 * The rounds of editions: made from the programme's template when an edition is opened (in that transaction), who
 * still has to fill them, the answers saved item by item, and the reminders (once per person per round).
 */
/** SQL for a moment `days` later on Amsterdam's clock: the same wall-clock time, also across a change to or from summer time. */
const amsterdamDaysLater = (column: string, days: string) =>
  `((${column} AT TIME ZONE '${TIME_ZONE}') + make_interval(days => ${days})) AT TIME ZONE '${TIME_ZONE}'`;

/**
 * The window each moment's rounds get from the edition's programme days as they are now (cancelled ones and group
 * sessions left out; the scans from the first and last day that expects participants), as the CTE
 * `round_window (moment, occurrence, session_id, opens_at, closes_at)` for the edition `$1`; `session_id` is the
 * internal-team day's, null for the scans.
 */
const ROUND_WINDOWS = `
  WITH day AS (
    SELECT s.id, s.starts_at, s.ends_at, s.audience_participants, s.audience_internal_teams,
           row_number() OVER (PARTITION BY s.audience_participants ORDER BY s.starts_at) AS n,
           count(*) OVER (PARTITION BY s.audience_participants) AS total,
           row_number() OVER (PARTITION BY s.audience_internal_teams ORDER BY s.starts_at)::int AS team_n
      FROM session s
     WHERE s.edition_id = $1 AND s.kind = 'programme_day' AND s.status <> 'cancelled' AND s.network_group_id IS NULL),
  round_window AS (
    SELECT 'before_first_programme_day'::measurement_moment AS moment, 1 AS occurrence, NULL::uuid AS session_id,
           ${amsterdamDaysLater('d.starts_at', String(-SCAN_WINDOW_DAYS))} AS opens_at, d.starts_at AS closes_at
      FROM day d WHERE d.audience_participants AND d.n = 1
    UNION ALL
    SELECT 'after_last_programme_day', 1, NULL, d.ends_at, ${amsterdamDaysLater('d.ends_at', String(SCAN_WINDOW_DAYS))}
      FROM day d WHERE d.audience_participants AND d.n = d.total
    UNION ALL
    SELECT 'internal_team_days', d.team_n, d.id, d.starts_at, ${amsterdamDaysLater('d.ends_at', String(TEAM_DAY_WINDOW_DAYS))}
      FROM day d WHERE d.audience_internal_teams)`;

@Injectable()
export class MeasurementRoundsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // The programme's template.

  async programmeExists(programmeId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM programme WHERE id = $1`, [programmeId]);
    return !!row;
  }

  async template(programmeId: string): Promise<MeasurementTemplateLine[]> {
    return this.db.query(
      `SELECT l.id, l.instrument_version_id AS "instrumentVersionId", i.name AS "instrumentName", i.kind AS "instrumentKind",
              v.number AS "versionNumber", l.moment, l.respondents::text[] AS respondents, l.subject
         FROM measurement_template_line l
         JOIN instrument_version v ON v.id = l.instrument_version_id
         JOIN instrument i ON i.id = v.instrument_id
        WHERE l.programme_id = $1
        ORDER BY l.position`,
      [programmeId],
    );
  }

  /** Which of these versions are published (only those may be put in a template). */
  async publishedVersions(versionIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM instrument_version WHERE id = ANY($1::uuid[]) AND published_at IS NOT NULL`, [versionIds]);
    return new Set(rows.map((row) => row.id));
  }

  /** Under the programme's row lock: two saves at once replace the template one after the other, never both adding. */
  async replaceTemplate(programmeId: string, lines: MeasurementTemplateLineRequest[], manager: EntityManager): Promise<void> {
    await lockRow(manager, 'programme', programmeId);
    await manager.query(`DELETE FROM measurement_template_line WHERE programme_id = $1`, [programmeId]);
    await manager.query(
      `INSERT INTO measurement_template_line (programme_id, position, instrument_version_id, moment, respondents, subject)
       SELECT $1, line.position, (line.value->>'instrumentVersionId')::uuid, (line.value->>'moment')::measurement_moment,
              ARRAY(SELECT jsonb_array_elements_text(line.value->'respondents'))::measurement_respondent_role[],
              (line.value->>'subject')::measurement_subject
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS line(value, position)`,
      [programmeId, JSON.stringify(lines)],
    );
  }

  /**
   * The edition's rounds from its programme's template and its programme days (the sessions are written first):
   * before the first programme day (opening SCAN_WINDOW_DAYS before it, closing at its start), after the last
   * (opening at its end), and one per internal-team day (from its start to TEAM_DAY_WINDOW_DAYS after its end), which
   * keeps that day.
   */
  async createRounds(editionId: string, manager: EntityManager): Promise<number> {
    return this.insertRounds(editionId, null, manager);
  }

  /**
   * The rounds of an internal-team day added to the schedule after the edition was opened, numbered after the
   * moment's rounds so far (none when the day is not one for the internal teams).
   */
  async createRoundsForAddedDay(editionId: string, sessionId: string, manager: EntityManager): Promise<number> {
    return this.insertRounds(editionId, sessionId, manager);
  }

  private async insertRounds(editionId: string, onlySessionId: string | null, manager: EntityManager): Promise<number> {
    const rows = await manager.query(
      `${ROUND_WINDOWS}
       INSERT INTO measurement_round (edition_id, instrument_version_id, moment, occurrence, session_id, respondents, subject, opens_at, closes_at)
       SELECT ed.id, l.instrument_version_id, l.moment,
              coalesce((SELECT max(earlier.occurrence) FROM measurement_round earlier
                         WHERE earlier.edition_id = ed.id AND earlier.moment = l.moment AND earlier.instrument_version_id = l.instrument_version_id), 0)
                + row_number() OVER (PARTITION BY l.id ORDER BY w.opens_at),
              w.session_id, l.respondents, l.subject, w.opens_at, w.closes_at
         FROM edition ed
         JOIN measurement_template_line l ON l.programme_id = ed.programme_id
         JOIN round_window w ON w.moment = l.moment
        WHERE ed.id = $1 AND ($2::uuid IS NULL OR w.session_id = $2)
       RETURNING id`,
      [editionId, onlySessionId],
    );
    return rows.length;
  }

  /**
   * The rounds follow the schedule when it changes (a day moved, cancelled or added): the scans, before the first and
   * after the last programme day that expects participants, as long as they have not opened (one already open keeps
   * the window people answer in); a round of an internal-team day its own day until someone has answered it, so a
   * cancelled day given a new date after its old start takes its round along. The round of a day still cancelled keeps
   * its window (and is asked of nobody, `roundAsked`). Team days' rounds are then numbered in date order.
   */
  async followSchedule(editionId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `${ROUND_WINDOWS}
       UPDATE measurement_round r SET opens_at = w.opens_at, closes_at = w.closes_at
         FROM round_window w
        WHERE r.edition_id = $1 AND w.moment = r.moment
          AND (r.opens_at > now() OR (r.session_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM measurement_response resp WHERE resp.round_id = r.id)))
          AND CASE WHEN r.moment = 'internal_team_days' THEN w.session_id = r.session_id ELSE w.occurrence = r.occurrence END
          AND (r.opens_at, r.closes_at) IS DISTINCT FROM (w.opens_at, w.closes_at)`,
      [editionId],
    );
    // Team days are numbered by date, as the results and exports name them ("internal-team day 1"), also after a day
    // added before the others or moved past one; a cancelled day's round (asked of nobody) after those held.
    await manager.query(
      `UPDATE measurement_round r SET occurrence = numbered.n
         FROM (SELECT round.id, row_number() OVER (PARTITION BY round.instrument_version_id, round.subject, round.respondents
                                                   ORDER BY s.status = 'cancelled', round.opens_at, round.id)::int AS n
                 FROM measurement_round round LEFT JOIN session s ON s.id = round.session_id
                WHERE round.edition_id = $1 AND round.moment = 'internal_team_days') numbered
        WHERE r.id = numbered.id AND r.occurrence <> numbered.n`,
      [editionId],
    );
  }

  // Filling rounds.

  /** The rounds open now that the person has not completely answered, in editions where they may answer. */
  async openTasks(personId: string, editionIds: string[]): Promise<MeasurementTask[]> {
    const rows: TaskRow[] = await this.db.query(
      `SELECT * FROM (
         SELECT ${TASK_COLUMNS}
           FROM ${respondentSlots(`r.edition_id = ANY($2::uuid[]) AND ${ASKED_NOW}`)} s
           ${TASK_JOINS}
          WHERE s.person_id = $1 AND ${isPublishedEdition('ed')}) task
        WHERE answered < items
        ORDER BY "closesAt", "roundId", "participantName"`,
      [personId, editionIds],
    );
    return rows.map(toTask);
  }

  /** The person's places in one round (several for a director of more than one participant). */
  async slotsOf(roundId: string, personId: string): Promise<MeasurementTask[]> {
    const rows: TaskRow[] = await this.db.query(
      `SELECT ${TASK_COLUMNS}
         FROM ${respondentSlots(`r.id = $1`)} s
         ${TASK_JOINS}
        WHERE s.person_id = $2
        ORDER BY pp.name, pe.id`,
      [roundId, personId],
    );
    return rows.map(toTask);
  }

  async round(roundId: string): Promise<RoundFacts | null> {
    const [row] = await this.db.query(
      `SELECT r.id, r.edition_id AS "editionId", r.instrument_version_id AS "instrumentVersionId", r.opens_at AS "opensAt", r.closes_at AS "closesAt",
              NOT ${roundAsked('r')} AS "dayCancelled"
         FROM measurement_round r WHERE r.id = $1`,
      [roundId],
    );
    return row ?? null;
  }

  /** The version the round's answers are given on, with its content. */
  async version(versionId: string): Promise<InstrumentVersionView> {
    const [row] = await this.db.query(
      `SELECT v.id, v.instrument_id AS "instrumentId", v.number, v.published_at AS "publishedAt", ${DIMENSIONS_OF_V} AS dimensions
         FROM instrument_version v WHERE v.id = $1`,
      [versionId],
    );
    return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null };
  }

  async items(versionId: string): Promise<ItemFacts[]> {
    return this.db.query(
      `SELECT it.id, it.dimension_id AS "dimensionId", it.scale, it.free_text_allowed AS "freeTextAllowed"
         FROM instrument_dimension d JOIN instrument_item it ON it.dimension_id = d.id
        WHERE d.version_id = $1`,
      [versionId],
    );
  }

  async answers(roundId: string, personId: string, participantEnrolmentId: string): Promise<MeasurementAnswer[]> {
    return this.db.query(
      `SELECT a.item_id AS "itemId", a.value, a.remark
         FROM measurement_response resp JOIN measurement_answer a ON a.response_id = resp.id
        WHERE resp.round_id = $1 AND resp.person_id = $2 AND resp.participant_enrolment_id = $3`,
      [roundId, personId, participantEnrolmentId],
    );
  }

  /**
   * Saves these answers and keeps the others: the response is made at the first answer, on the round's version and
   * for the participant's organisation and its region then (a later correction of their organisation must not carry
   * the answers, and with them everyone's individual view, over to another organisation; an organisation joining a
   * region must not bring its earlier answers along), and each answer replaces the earlier one to the same item.
   */
  async saveAnswers(
    round: RoundFacts,
    slot: { personId: string; participantEnrolmentId: string; role: MeasurementRespondentRole },
    answers: readonly MeasurementAnswerRequest[],
    manager: EntityManager,
  ): Promise<void> {
    const [response] = await manager.query(
      `INSERT INTO measurement_response (round_id, person_id, participant_enrolment_id, role, instrument_version_id, organisation_id, region_id)
       SELECT $1, $2, $3, $4, $5, pp.organisation_id, o.region_id
         FROM enrolment pe JOIN person pp ON pp.id = pe.person_id LEFT JOIN organisation o ON o.id = pp.organisation_id
        WHERE pe.id = $3
       ON CONFLICT (round_id, person_id, participant_enrolment_id) DO UPDATE SET role = EXCLUDED.role
       RETURNING id`,
      [round.id, slot.personId, slot.participantEnrolmentId, slot.role, round.instrumentVersionId],
    );
    await manager.query(
      `WITH incoming AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS a(item_id uuid, value smallint, remark text, remark_given boolean))
       INSERT INTO measurement_answer (response_id, item_id, value, remark)
       SELECT $1, item_id, value, remark FROM incoming
       ON CONFLICT (response_id, item_id) DO UPDATE
         SET value = EXCLUDED.value, answered_at = now(),
             -- A remark left out of the request keeps the one given before.
             remark = CASE WHEN (SELECT remark_given FROM incoming WHERE incoming.item_id = EXCLUDED.item_id) THEN EXCLUDED.remark ELSE measurement_answer.remark END`,
      [
        response.id,
        JSON.stringify(answers.map((answer) => ({ item_id: answer.itemId, value: answer.value, remark: answer.remark ?? null, remark_given: answer.remark !== undefined }))),
      ],
    );
  }

  // Reminders.

  /**
   * Marks and queues one reminder per person for every round open now whose deadline is within `daysBeforeDeadline`
   * and that they have not completely answered. The marker (round, person) is inserted once, in the statement that
   * queues the mail, so every instance running this at the same moment reminds each person once per round.
   */
  async queueReminders(daysBeforeDeadline: number): Promise<number> {
    const rows = await this.db.query(
      `WITH due AS (
         SELECT DISTINCT s.round_id, s.person_id
           FROM ${respondentSlots(`${ASKED_NOW} AND r.closes_at <= now() + make_interval(days => $1)`)} s
           JOIN measurement_round r ON r.id = s.round_id
           JOIN edition ed ON ed.id = r.edition_id AND ${isPublishedEdition('ed')} AND ed.status <> 'archived'
           JOIN person p ON p.id = s.person_id AND p.erased_at IS NULL
          WHERE NOT EXISTS (SELECT 1 FROM measurement_reminder m WHERE m.round_id = s.round_id AND m.person_id = s.person_id)
            AND (SELECT count(*) FROM measurement_response resp JOIN measurement_answer a ON a.response_id = resp.id AND a.value IS NOT NULL
                  WHERE resp.round_id = r.id AND resp.person_id = s.person_id AND resp.participant_enrolment_id = s.participant_enrolment_id)
              < (SELECT count(*) FROM instrument_dimension d JOIN instrument_item it ON it.dimension_id = d.id WHERE d.version_id = r.instrument_version_id)),
       marked AS (
         INSERT INTO measurement_reminder (round_id, person_id) SELECT round_id, person_id FROM due
         ON CONFLICT DO NOTHING
         RETURNING round_id, person_id)
       ${INSERT_DELIVERY}
       SELECT person_id, 'measurement-round:' || round_id, 'measurement_reminder', jsonb_build_object('roundId', round_id) FROM marked
       ${ON_CONFLICT}
       RETURNING id`,
      [daysBeforeDeadline],
    );
    return rows.length;
  }
}
