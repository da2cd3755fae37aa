import type {
  InstrumentDimensionView,
  InstrumentKind,
  MeasurementAction,
  MeasurementMoment,
  MeasurementRespondentRole,
  MeasurementSubject,
  CreateMeasurementActionRequest,
} from '@koers/shared/measurements';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isDescribed } from '../challenges/challenge.rules';
import { DIMENSIONS_OF_V } from '../instruments/instruments.repository';
import { REPEATED_SUBMIT_WINDOW } from '../app/repeated-submit';

/**
 * The organisation a response counts for: the participant's when it was answered, kept on the response. A response
 * without one (the participant had none then) counts for the participant's organisation now, or the one kept once they were erased.
 */
const ANSWERS_ORGANISATION = 'coalesce(resp.organisation_id, pp.organisation_id)';

/** Every answer given (`a`) with its response (`resp`), item (`it`) and the participant it is about (`pp`). */
const ANSWERED_ITEMS = `FROM measurement_response resp
           JOIN enrolment pe ON pe.id = resp.participant_enrolment_id
           JOIN person pp ON pp.id = pe.person_id
           JOIN measurement_answer a ON a.response_id = resp.id AND a.value IS NOT NULL
           JOIN instrument_item it ON it.id = a.item_id`;

export interface EditionRoundRow {
  id: string;
  moment: MeasurementMoment;
  occurrence: number;
  subject: MeasurementSubject;
  respondentRoles: MeasurementRespondentRole[];
  opensAt: Date;
  closesAt: Date;
  instrumentId: string;
  instrumentKind: InstrumentKind;
  instrumentName: string;
  isExample: boolean;
  versionId: string;
  versionNumber: number;
  versionPublishedAt: Date | null;
  dimensions: InstrumentDimensionView[];
}

export interface RegionRoundRow extends EditionRoundRow {
  editionId: string;
  editionName: string;
}

/** A round with its instrument and the version it was given on, with that version's dimensions and items. */
const ROUNDS_SELECT = `
  SELECT r.id, r.moment, r.occurrence, r.subject, r.respondents::text[] AS "respondentRoles", r.opens_at AS "opensAt", r.closes_at AS "closesAt",
         i.id AS "instrumentId", i.kind AS "instrumentKind", i.name AS "instrumentName", i.is_example AS "isExample",
         v.id AS "versionId", v.number AS "versionNumber", v.published_at AS "versionPublishedAt", ${DIMENSIONS_OF_V} AS dimensions
    FROM measurement_round r
    JOIN instrument_version v ON v.id = r.instrument_version_id
    JOIN instrument i ON i.id = v.instrument_id`;

/** How many people answered a round's dimension for one organisation, counted for one region (null: none). */
export interface RespondentCell {
  roundId: string;
  key: string;
  organisationId: string | null;
  regionId: string | null;
  respondents: number;
}

/** One group of an aggregate: a round as a whole, one organisation in it, or one respondent role of an organisation. */
export interface AnswerAggregateRow {
  level: 'round' | 'dimension' | 'item';
  roundId: string;
  /** Null for the round as a whole (and for respondents without an organisation: `grouped` says which). */
  organisationId: string | null;
  organisationName: string | null;
  /** True when the row is about one organisation. */
  byOrganisation: boolean;
  /** Set for the rows per respondent role of an organisation. */
  role: MeasurementRespondentRole | null;
  /** The dimension (level `dimension`) or item (level `item`); null for level `round`. */
  key: string | null;
  respondents: number;
  /** 0–100; null when the group has fewer respondents than asked for. */
  mean: number | null;
  spread: number | null;
  min: number | null;
  max: number | null;
}

export interface AggregateFilter {
  roundIds: string[];
  /** Only the answers about participants of these organisations; null: every organisation. */
  organisationIds: string[] | null;
  /** Only the answers counted for this region (their organisation's region when they were given). */
  regionId?: string;
  /** Groups with fewer respondents keep their count but show no figures (k-anonymity); 1 shows everything. */
  minRespondents: number;
}

export interface IndividualResponseRow {
  roundId: string;
  organisationId: string;
  respondentName: string;
  role: MeasurementRespondentRole;
  aboutName: string | null;
  answers: { itemId: string; value: number | null; remark: string | null }[];
}

/**
 * The results of rounds, in a fixed number of statements whatever the number of organisations and respondents.
 * Scores are on 0–100: an answer's place on its item's scale (1–5 or 1–3), a respondent's dimension score the mean
 * of their items in it, and a group's figures the mean, standard deviation, lowest and highest of its respondents'.
 */
@Injectable()
export class MeasurementResultsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async editionName(editionId: string): Promise<string> {
    const [row] = await this.db.query(`SELECT name FROM edition WHERE id = $1`, [editionId]);
    return row?.name ?? '';
  }

  /** The edition's rounds in time order, each with its instrument version's dimensions and items. */
  async editionRounds(editionId: string): Promise<EditionRoundRow[]> {
    return this.db.query(`${ROUNDS_SELECT} WHERE r.edition_id = $1 ORDER BY r.opens_at, i.name, r.id`, [editionId]);
  }

  /** The region's name and the rounds with answers counted for it (oldest edition first): in one statement. */
  async regionRounds(regionId: string): Promise<{ regionName: string; rounds: RegionRoundRow[] }> {
    const [row] = await this.db.query(
      `SELECT (SELECT name FROM region WHERE id = $1) AS "regionName",
              (SELECT coalesce(json_agg(x), '[]') FROM (
                 ${ROUNDS_SELECT.replace('SELECT r.id,', 'SELECT e.id AS "editionId", e.name AS "editionName", r.id,')}
                   JOIN edition e ON e.id = r.edition_id
                  WHERE EXISTS (SELECT 1 FROM measurement_response resp WHERE resp.round_id = r.id AND resp.region_id = $1)
                  ORDER BY e.start_date, e.name, r.opens_at, i.name, r.id) x) AS rounds`,
      [regionId],
    );
    const rounds = (row.rounds as (Omit<RegionRoundRow, 'opensAt' | 'closesAt' | 'versionPublishedAt'> & { opensAt: string; closesAt: string; versionPublishedAt: string | null })[]).map(
      (round) => ({ ...round, opensAt: new Date(round.opensAt), closesAt: new Date(round.closesAt), versionPublishedAt: round.versionPublishedAt ? new Date(round.versionPublishedAt) : null }),
    );
    return { regionName: row.regionName, rounds };
  }

  /**
   * Aggregates of the answers in these rounds, in one statement: per round (respondents), per round and dimension,
   * per organisation and dimension, per organisation, role and dimension, and per organisation and item. A region
   * reuses it with its organisations and the minimum group size.
   */
  async aggregateAnswers(filter: AggregateFilter): Promise<AnswerAggregateRow[]> {
    // Everyone counts once, in the threshold, the counts and the figures: a director answers once for each participant
    // they sponsor, and those forms about one organisation are one person's view of it, taken as their mean.
    const figures = (column: string) => `CASE WHEN count(DISTINCT person_id) >= $3 THEN ${column} END`;
    return this.db.query(
      `WITH answered AS (
         SELECT resp.person_id, resp.round_id, resp.role, ${ANSWERS_ORGANISATION} AS organisation_id, it.id AS item_id, it.dimension_id,
                (a.value - 1) * 100.0 / (CASE it.scale WHEN 'agree_1_5' THEN 4 ELSE 2 END) AS score
           ${ANSWERED_ITEMS}
          WHERE resp.round_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR ${ANSWERS_ORGANISATION} = ANY($2::uuid[]))${filter.regionId ? ' AND resp.region_id = $4' : ''}),
       per_person_item AS (
         SELECT person_id, round_id, role, organisation_id, dimension_id, item_id, avg(score) AS score
           FROM answered GROUP BY person_id, round_id, role, organisation_id, dimension_id, item_id),
       per_respondent AS (
         SELECT person_id, round_id, role, organisation_id, dimension_id, avg(score) AS score
           FROM per_person_item GROUP BY person_id, round_id, role, organisation_id, dimension_id),
       -- Across organisations (a director of participants in two) and roles, one voice per person in the round.
       per_person AS (
         SELECT person_id, round_id, dimension_id, avg(score) AS score FROM per_respondent GROUP BY person_id, round_id, dimension_id),
       aggregate AS (
         SELECT 'round' AS level, round_id, organisation_id, GROUPING(organisation_id) = 0 AS by_organisation, NULL::measurement_respondent_role AS role,
                NULL::uuid AS key, count(DISTINCT person_id)::int AS respondents, NULL::float AS mean, NULL::float AS spread, NULL::float AS min, NULL::float AS max
           FROM answered GROUP BY GROUPING SETS ((round_id), (round_id, organisation_id))
         UNION ALL
         SELECT 'dimension', round_id, NULL, false, NULL, dimension_id, count(*)::int,
                ${figures('avg(score)')}, ${figures('stddev_pop(score)')}, ${figures('min(score)')}, ${figures('max(score)')}
           FROM per_person GROUP BY round_id, dimension_id
         UNION ALL
         SELECT 'dimension', round_id, organisation_id, true, role, dimension_id, count(DISTINCT person_id)::int,
                ${figures('avg(score)')}, ${figures('stddev_pop(score)')}, ${figures('min(score)')}, ${figures('max(score)')}
           FROM per_respondent
          GROUP BY GROUPING SETS ((round_id, organisation_id, dimension_id), (round_id, organisation_id, role, dimension_id))
         UNION ALL
         SELECT 'item', round_id, organisation_id, true, NULL, item_id, count(DISTINCT person_id)::int, ${figures('avg(score)')}, NULL, NULL, NULL
           FROM per_person_item GROUP BY round_id, organisation_id, item_id)
       SELECT g.level, g.round_id AS "roundId", g.organisation_id AS "organisationId", o.name AS "organisationName",
              g.by_organisation AS "byOrganisation", g.role, g.key, g.respondents,
              g.mean::float AS mean, g.spread::float AS spread, g.min::float AS min, g.max::float AS max
         FROM aggregate g LEFT JOIN organisation o ON o.id = g.organisation_id
        ORDER BY o.name NULLS LAST, g.organisation_id`,
      [filter.roundIds, filter.organisationIds, filter.minRespondents, ...(filter.regionId ? [filter.regionId] : [])],
    );
  }

  /**
   * Per round, dimension, organisation and region (each as its answers count: kept on the response), how many people
   * answered: the counts that decide which regions' figures can be shown side by side without giving a small group
   * away. One statement for every round.
   */
  async respondentCells(roundIds: string[]): Promise<RespondentCell[]> {
    return this.db.query(
      `SELECT resp.round_id AS "roundId", it.dimension_id AS key, ${ANSWERS_ORGANISATION} AS "organisationId", resp.region_id AS "regionId",
              count(DISTINCT resp.person_id)::int AS respondents
         ${ANSWERED_ITEMS}
        WHERE resp.round_id = ANY($1::uuid[])
        GROUP BY resp.round_id, it.dimension_id, ${ANSWERS_ORGANISATION}, resp.region_id`,
      [roundIds],
    );
  }

  /** Every response in these rounds about participants of these organisations, with its respondent and answers; erased respondents are left out. */
  async individualResponses(roundIds: string[], organisationIds: string[]): Promise<IndividualResponseRow[]> {
    return this.db.query(
      `SELECT resp.round_id AS "roundId", ${ANSWERS_ORGANISATION} AS "organisationId", p.name AS "respondentName", resp.role,
              CASE WHEN pp.id <> p.id THEN pp.name END AS "aboutName",
              json_agg(json_build_object('itemId', a.item_id, 'value', a.value, 'remark', a.remark) ORDER BY a.item_id) AS answers
         FROM measurement_response resp
         JOIN person p ON p.id = resp.person_id AND p.erased_at IS NULL
         JOIN enrolment pe ON pe.id = resp.participant_enrolment_id
         JOIN person pp ON pp.id = pe.person_id
         JOIN measurement_answer a ON a.response_id = resp.id
        WHERE resp.round_id = ANY($1::uuid[]) AND ${ANSWERS_ORGANISATION} = ANY($2::uuid[])
        GROUP BY resp.id, ${ANSWERS_ORGANISATION}, p.id, pp.id
        ORDER BY resp.role, p.name, pp.name`,
      [roundIds, organisationIds],
    );
  }

  /**
   * Per edition, the organisations whose results the person sees in full: their own as a participant; as a director,
   * their own organisation where they sponsor someone (a participant's whose organisation was corrected to another
   * does not become theirs), or their participants' when they have none.
   */
  async ownOrganisations(editionIds: string[], personId: string): Promise<{ editionId: string; organisationId: string }[]> {
    return this.db.query(
      `SELECT DISTINCT "editionId", "organisationId" FROM (
         SELECT pe.edition_id AS "editionId", CASE WHEN pe.person_id = $2 THEN pp.organisation_id ELSE COALESCE(me.organisation_id, pp.organisation_id) END AS "organisationId"
           FROM enrolment pe JOIN person pp ON pp.id = pe.person_id JOIN person me ON me.id = $2
          WHERE pe.edition_id = ANY($1::uuid[]) AND pe.role = 'participant' AND pe.status = 'active' AND (pe.person_id = $2 OR pe.director_person_id = $2)) own
        WHERE "organisationId" IS NOT NULL`,
      [editionIds, personId],
    );
  }

  // Actions drawn from the results, on the participant's challenge.

  /** The participant's challenge in the edition (null without one) and its actions, newest first. */
  async actions(editionId: string, personId: string): Promise<{ challengeId: string; described: boolean; actions: MeasurementAction[] } | null> {
    const [row] = await this.db.query(
      `SELECT c.id AS "challengeId", ${isDescribed('c')} AS described, COALESCE((
                SELECT json_agg(json_build_object('id', a.id, 'text', a.text, 'phase', a.phase, 'dimensionId', a.dimension_id,
                                                  'dimensionName', d.name, 'createdAt', a.created_at) ORDER BY a.created_at DESC)
                  FROM measurement_action a LEFT JOIN instrument_dimension d ON d.id = a.dimension_id
                 WHERE a.challenge_id = c.id), '[]') AS actions
         FROM enrolment pe JOIN implementation_challenge c ON c.enrolment_id = pe.id
        WHERE pe.edition_id = $1 AND pe.person_id = $2 AND pe.role = 'participant' AND pe.status = 'active'`,
      [editionId, personId],
    );
    if (!row) return null;
    return { challengeId: row.challengeId, described: row.described, actions: row.actions.map((action: MeasurementAction) => ({ ...action, createdAt: new Date(action.createdAt).toISOString() })) };
  }

  /** Whether the challenge got this very action within the repeated-submit window. The caller holds the lock on its actions. */
  async isRepeatedAction(manager: EntityManager, challengeId: string, request: CreateMeasurementActionRequest): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM measurement_action a
        WHERE a.challenge_id = $1 AND a.dimension_id IS NOT DISTINCT FROM $2::uuid AND a.phase = $3 AND a.text = $4 AND a.created_at > now() - ${REPEATED_SUBMIT_WINDOW}
        LIMIT 1`,
      [challengeId, request.dimensionId ?? null, request.phase, request.text],
    );
    return !!row;
  }

  async addAction(manager: EntityManager, challengeId: string, request: CreateMeasurementActionRequest): Promise<void> {
    await manager.query(`INSERT INTO measurement_action (challenge_id, dimension_id, phase, text) VALUES ($1, $2, $3, $4)`, [
      challengeId,
      request.dimensionId ?? null,
      request.phase,
      request.text,
    ]);
  }

  /** Removes one of the challenge's actions; false when it has no such action. */
  async removeAction(challengeId: string, actionId: string): Promise<boolean> {
    const rows = await this.db.query(`WITH removed AS (DELETE FROM measurement_action WHERE id = $1 AND challenge_id = $2 RETURNING id) SELECT id FROM removed`, [
      actionId,
      challengeId,
    ]);
    return rows.length > 0;
  }

  /** Whether the dimension belongs to one of the edition's rounds. */
  async dimensionInEdition(dimensionId: string, editionId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT 1 FROM instrument_dimension d JOIN measurement_round r ON r.instrument_version_id = d.version_id WHERE d.id = $1 AND r.edition_id = $2 LIMIT 1`,
      [dimensionId, editionId],
    );
    return !!row;
  }
}
