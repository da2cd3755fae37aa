import {
  type DimensionAggregate,
  type EditionMeasurements,
  type IndividualResponse,
  type InstrumentVersionView,
  type MeasurementForm,
  type MeasurementRoundResults,
  type MeasurementTask,
  type MeasurementTemplateLine,
  type MeasurementTemplateRequest,
  MEASUREMENT_RESPONDENT_ROLES,
  MIN_GROUP_SIZE,
  type OrganisationResults,
  type RegionMeasurements,
  type SaveMeasurementAnswersRequest,
} from '@koers/shared/measurements';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import type { Locale } from '@koers/shared/domain';
import type { ExportTable } from '../app/export-table';
import { ForbiddenError, NotFoundError } from '../errors/koers-error';
import { type MeasurementResultRow, measurementsTable, regionMeasurementsTable } from './measurements.export';
import { type AnswerAggregateRow, type EditionRoundRow, MeasurementResultsRepository, type RespondentCell } from './measurement-results.repository';
import { type ItemFacts, MeasurementRoundsRepository, type RoundFacts } from './measurement-rounds.repository';
import {
  MeasurementItemUnknownError,
  MeasurementParticipantRequiredError,
  MeasurementRemarkNotAllowedError,
  MeasurementRoundClosedError,
  MeasurementRoundDayCancelledError,
  MeasurementRoundNotOpenError,
  MeasurementValueOutOfScaleError,
  MeasurementVersionNotPublishedError,
} from './measurements.errors';

const SCALE_MAX = { agree_1_5: 5, in_place_3: 3 } as const;

/** An answer's place on 0–100, as the results count it (measurement-results.repository.ts does the same in SQL). */
const itemScore = (value: number, scale: ItemFacts['scale']) => ((value - 1) * 100) / (SCALE_MAX[scale] - 1);

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * Measurements in editions: the programme's template, the rounds people fill (saved item by item, until the
 * deadline), and the results, shown to each as far as they may see them: aggregates for those who run the edition
 * (groups under MIN_GROUP_SIZE without figures), one's own organisation in full for its participant and director.
 */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly access: AccessService,
    private readonly rounds: MeasurementRoundsRepository,
    private readonly results: MeasurementResultsRepository,
  ) {}

  // The programme's template.

  async template(auth: AuthContext, programmeId: string): Promise<MeasurementTemplateLine[]> {
    this.access.requireProgrammeOffice(auth, 'measurements.templates');
    if (!(await this.rounds.programmeExists(programmeId))) throw new NotFoundError();
    return this.rounds.template(programmeId);
  }

  /** Replaces the template; editions opened from now on get its rounds, those already opened keep theirs. */
  async replaceTemplate(auth: AuthContext, programmeId: string, request: MeasurementTemplateRequest): Promise<MeasurementTemplateLine[]> {
    this.access.requireProgrammeOffice(auth, 'measurements.templates');
    if (!(await this.rounds.programmeExists(programmeId))) throw new NotFoundError();
    const published = await this.rounds.publishedVersions(request.lines.map((line) => line.instrumentVersionId));
    if (request.lines.some((line) => !published.has(line.instrumentVersionId))) throw new MeasurementVersionNotPublishedError();
    await this.rounds.transaction((manager) => this.rounds.replaceTemplate(programmeId, request.lines, manager));
    return this.rounds.template(programmeId);
  }

  // Filling rounds.

  async myTasks(auth: AuthContext): Promise<MeasurementTask[]> {
    const editionIds = (await this.access.editionsHolding(auth, 'measurements.answer')) ?? [];
    if (editionIds.length === 0) return [];
    return this.rounds.openTasks(auth.personId, editionIds);
  }

  async form(auth: AuthContext, roundId: string, participantEnrolmentId: string | undefined): Promise<MeasurementForm> {
    const round = await this.rounds.round(roundId);
    if (!round) throw this.access.unknownId(auth);
    // Reading one's answers stays possible in an archived edition; saving does not.
    const standing = await this.access.standingInEdition(auth, round.editionId);
    const decision = standing ? this.access.decide(auth, 'measurements.answer', standing) : 'forbidden';
    if (decision !== 'allowed' && decision !== 'edition_archived') throw new ForbiddenError();
    const task = await this.slot(roundId, auth, participantEnrolmentId);
    return this.formOf(round, task, auth.personId);
  }

  /** Saves the given answers (others stay as they were); refused from the round's deadline on. */
  async saveAnswers(auth: AuthContext, roundId: string, request: SaveMeasurementAnswersRequest): Promise<MeasurementForm> {
    const round = await this.rounds.round(roundId);
    if (!round) throw this.access.unknownId(auth);
    await this.access.requireInEdition(auth, 'measurements.answer', round.editionId);
    const task = await this.slot(roundId, auth, request.participantEnrolmentId);
    const now = Date.now();
    if (round.dayCancelled) throw new MeasurementRoundDayCancelledError();
    if (now < round.opensAt.getTime()) throw new MeasurementRoundNotOpenError();
    if (now >= round.closesAt.getTime()) throw new MeasurementRoundClosedError();
    const items = new Map((await this.rounds.items(round.instrumentVersionId)).map((item) => [item.id, item]));
    for (const answer of request.answers) {
      const item = items.get(answer.itemId);
      if (!item) throw new MeasurementItemUnknownError();
      if (answer.value !== null && answer.value > SCALE_MAX[item.scale]) throw new MeasurementValueOutOfScaleError();
      if (answer.remark && !item.freeTextAllowed) throw new MeasurementRemarkNotAllowedError();
    }
    await this.rounds.transaction((manager) =>
      this.rounds.saveAnswers(round, { personId: auth.personId, participantEnrolmentId: task.participantEnrolmentId, role: task.role }, request.answers, manager),
    );
    return this.formOf(round, await this.slot(roundId, auth, task.participantEnrolmentId), auth.personId);
  }

  private async slot(roundId: string, auth: AuthContext, participantEnrolmentId: string | undefined): Promise<MeasurementTask> {
    const slots = await this.rounds.slotsOf(roundId, auth.personId);
    if (slots.length === 0) throw new ForbiddenError();
    if (participantEnrolmentId) {
      const chosen = slots.find((slot) => slot.participantEnrolmentId === participantEnrolmentId);
      if (!chosen) throw new ForbiddenError();
      return chosen;
    }
    if (slots.length > 1) throw new MeasurementParticipantRequiredError();
    return slots[0];
  }

  private async formOf(round: RoundFacts, task: MeasurementTask, personId: string): Promise<MeasurementForm> {
    const [version, answers] = await Promise.all([
      this.rounds.version(round.instrumentVersionId),
      this.rounds.answers(round.id, personId, task.participantEnrolmentId),
    ]);
    const now = Date.now();
    return { task, version, answers, open: !round.dayCancelled && round.opensAt.getTime() <= now && now < round.closesAt.getTime(), dayCancelled: round.dayCancelled };
  }

  // Results.

  async editionResults(auth: AuthContext, editionId: string): Promise<EditionMeasurements> {
    const standing = await this.access.standingInEdition(auth, editionId);
    if (!standing) throw this.access.unknownId(auth);
    const seesAll = this.access.decide(auth, 'measurements.results', standing) === 'allowed';
    const seesOwn = !seesAll && this.access.decide(auth, 'measurements.results.own', standing) === 'allowed';
    if (!seesAll && !seesOwn) throw new ForbiddenError();

    const [editionName, rounds] = await Promise.all([this.results.editionName(editionId), this.results.editionRounds(editionId)]);
    const roundIds = rounds.map((round) => round.id);
    const wholeEdition = await this.results.aggregateAnswers({ roundIds, organisationIds: null, minRespondents: MIN_GROUP_SIZE });
    let organisationRows = wholeEdition;
    let ownOrganisations = new Set<string>();
    let individual: Awaited<ReturnType<MeasurementResultsRepository['individualResponses']>> = [];
    if (seesOwn) {
      ownOrganisations = new Set((await this.results.ownOrganisations([editionId], auth.personId)).map((own) => own.organisationId));
      const own = [...ownOrganisations];
      [organisationRows, individual] = await Promise.all([
        this.results.aggregateAnswers({ roundIds, organisationIds: own, minRespondents: 1 }),
        this.results.individualResponses(roundIds, own),
      ]);
    }
    const actions = this.access.decide(auth, 'measurements.actions', standing) === 'allowed' ? await this.results.actions(editionId, auth.personId) : null;
    return {
      editionId,
      editionName,
      rounds: rounds.map((round) => roundResults(round, wholeEdition, organisationRows, ownOrganisations, individual, seesAll)),
      actions: actions?.actions ?? null,
      canAddActions: !!actions?.described && standing.editionStatus !== 'archived',
      actionsAwaitChallenge: !!actions && !actions.described && standing.editionStatus !== 'archived',
      minGroupSize: MIN_GROUP_SIZE,
    };
  }

  /**
   * The region's organisations together, per round their participants answered in: counts and, for groups of at
   * least MIN_GROUP_SIZE respondents, the figures per dimension. Never one organisation's figures or anyone's answers.
   */
  async regionResults(auth: AuthContext, regionId: string): Promise<RegionMeasurements> {
    await this.access.requireInRegion(auth, 'regions.read', regionId);
    const region = await this.results.regionRounds(regionId);
    const roundIds = region.rounds.map((round) => round.id);
    const [inRegion, wholeEditions, cells, ownOrganisations] = await Promise.all([
      this.results.aggregateAnswers({ roundIds, organisationIds: null, regionId, minRespondents: MIN_GROUP_SIZE }),
      this.results.aggregateAnswers({ roundIds, organisationIds: null, minRespondents: MIN_GROUP_SIZE }),
      this.results.respondentCells(roundIds),
      // A regional programme manager who is also a participant or director sees their own organisation in full.
      this.results.ownOrganisations([...new Set(region.rounds.map((round) => round.editionId))], auth.personId),
    ]);
    const now = new Date();
    return {
      regionId,
      regionName: region.regionName,
      minGroupSize: MIN_GROUP_SIZE,
      rounds: region.rounds.map((round) => {
        const ofRound = <Row extends { roundId: string }>(rows: Row[]) => rows.filter((row) => row.roundId === round.id);
        const together = ofRound(inRegion).filter((row) => !row.byOrganisation);
        const respondents = together.find((row) => row.level === 'round')?.respondents ?? 0;
        const own = new Set(ownOrganisations.filter((o) => o.editionId === round.editionId).map((o) => o.organisationId));
        const shown = regionsShown(ofRound(cells), ofRound(wholeEditions), own);
        return {
          ...roundView(round),
          editionId: round.editionId,
          editionName: round.editionName,
          respondents,
          dimensions: dimensionAggregates(round, regionFigures(round, regionId, together, shown, now)),
        };
      }),
    };
  }

  /** The region's results for Excel. */
  async exportRegionResults(auth: AuthContext, regionId: string, locale: Locale): Promise<ExportTable<MeasurementResultRow>> {
    return regionMeasurementsTable(await this.regionResults(auth, regionId), locale);
  }

  /** The same results for Excel, as the caller may see them. */
  async exportResults(auth: AuthContext, editionId: string, locale: Locale): Promise<ExportTable<MeasurementResultRow>> {
    return measurementsTable(await this.editionResults(auth, editionId), locale);
  }
}

/**
 * The edition's figures without those that, next to the organisations' figures the caller can also see, would give
 * away a small group: the edition minus the organisations shown is what lies outside them, so it must be nobody or at
 * least MIN_GROUP_SIZE people (complementary suppression).
 */
function withoutDifferencing(edition: AnswerAggregateRow[], organisations: AnswerAggregateRow[], shown: (organisation: AnswerAggregateRow) => boolean): AnswerAggregateRow[] {
  // Summed once per key (a dimension's id, null for the round), not per row of the edition: beside an edition of 40
  // organisations, a round has 1,600 organisation rows.
  const counts = new Map<string | null, { shown: number; hidden: number }>();
  for (const row of organisations) {
    if (!row.byOrganisation || row.role !== null || row.level === 'item') continue;
    const count = counts.get(row.key) ?? { shown: 0, hidden: 0 };
    if (shown(row)) count.shown += row.respondents;
    else count.hidden += row.respondents;
    counts.set(row.key, count);
  }
  return edition.map((row) => {
    if (row.level === 'round') return row;
    const { shown: inShown, hidden: inHidden } = counts.get(row.key) ?? { shown: 0, hidden: 0 };
    // Everyone counts in one organisation (or none, a group of its own), so the organisations' counts add up to the
    // edition's, and what lies outside those shown is exactly the rest. Someone who counts in two (a director of
    // participants in two organisations) makes the difference part of their own score too: then only at least
    // MIN_GROUP_SIZE people certainly outside hide it.
    const outside = row.respondents - inShown;
    const countsTwice = inShown + inHidden > row.respondents;
    const safe = countsTwice ? outside >= MIN_GROUP_SIZE : outside === 0 || outside >= MIN_GROUP_SIZE;
    return safe ? row : withoutFigures(row);
  });
}

/**
 * Per dimension of a round, the regions whose figures can be shown side by side. Everything the programme office
 * sees of a round nests: the edition, its regions, their organisations (those shown from MIN_GROUP_SIZE on, and the
 * caller's own, seen in full). Figures of nested groups give away what lies between them by subtraction, so every
 * such remainder must be nobody or at least MIN_GROUP_SIZE people: within a region (beside its organisations shown),
 * outside it (beside the edition), and outside all regions shown together (beside the edition, its organisations
 * shown and those regions), where a region shown on its own passes but several together leave a few people: then no
 * region's figure of that dimension is shown. A region also needs two organisations that answered (else it is one
 * organisation's figure). The subtraction is exact only while the groups nest, so no region shows a dimension that
 * someone answered in two places (a director whose participants are in two organisations: counted in both, the
 * difference would be part of one person), and no region shows beside an organisation shown that lies partly outside
 * it (answers from before the organisation joined it count elsewhere).
 */
function regionsShown(cells: RespondentCell[], wholeEdition: AnswerAggregateRow[], ownOrganisations: Set<string>): Map<string, Set<string>> {
  const small = (count: number) => count > 0 && count < MIN_GROUP_SIZE;
  const byKey = new Map<string, RespondentCell[]>();
  for (const cell of cells) {
    const ofKey = byKey.get(cell.key);
    if (ofKey) ofKey.push(cell);
    else byKey.set(cell.key, [cell]);
  }
  // Read once, not per cell: an edition of 40 organisations has 1,600 rows per round.
  const everyoneOf = new Map<string | null, number>();
  const withFigures = new Set<string>();
  for (const row of wholeEdition) {
    if (row.level !== 'dimension') continue;
    if (!row.byOrganisation) everyoneOf.set(row.key, row.respondents);
    else if (row.role === null && row.mean !== null) withFigures.add(`${row.key}:${row.organisationId}`);
  }
  const shown = new Map<string, Set<string>>();
  for (const [key, ofKey] of byKey) {
    const everyone = everyoneOf.get(key) ?? 0;
    // Each cell counts its people once; more in the cells than in the edition means someone counts in two of them.
    if (ofKey.reduce((sum, cell) => sum + cell.respondents, 0) > everyone) {
      shown.set(key, new Set());
      continue;
    }
    const organisationShown = (id: string | null) => id !== null && (ownOrganisations.has(id) || withFigures.has(`${key}:${id}`));
    const regionsOf = new Map<string | null, Set<string | null>>();
    for (const cell of ofKey) regionsOf.set(cell.organisationId, (regionsOf.get(cell.organisationId) ?? new Set()).add(cell.regionId));
    const regions = new Set(ofKey.flatMap((cell) => (cell.regionId ? [cell.regionId] : [])));
    const candidates = new Set(
      [...regions].filter((regionId) => {
        const inRegion = ofKey.filter((cell) => cell.regionId === regionId);
        const respondents = inRegion.reduce((sum, cell) => sum + cell.respondents, 0);
        const splitShown = inRegion.some((cell) => organisationShown(cell.organisationId) && regionsOf.get(cell.organisationId)!.size > 1);
        const besideOrganisations = inRegion.filter((cell) => !organisationShown(cell.organisationId)).reduce((sum, cell) => sum + cell.respondents, 0);
        const answering = new Set(inRegion.filter((cell) => cell.respondents > 0 && cell.organisationId !== null).map((cell) => cell.organisationId));
        return answering.size >= 2 && respondents >= MIN_GROUP_SIZE && !splitShown && !small(besideOrganisations) && !small(everyone - respondents);
      }),
    );
    const outsideEverythingShown = ofKey
      .filter((cell) => !organisationShown(cell.organisationId) && !(cell.regionId && candidates.has(cell.regionId)))
      .reduce((sum, cell) => sum + cell.respondents, 0);
    shown.set(key, small(outsideEverythingShown) ? new Set() : candidates);
  }
  return shown;
}

/** The region's figures of a round where `regionsShown` allows them; mean and spread only: a lowest or highest score is one person's. */
function regionFigures(round: EditionRoundRow, regionId: string, together: AnswerAggregateRow[], shown: Map<string, Set<string>>, now: Date): AnswerAggregateRow[] {
  const figures = together.map((row) => (row.level === 'dimension' && row.key && shown.get(row.key)?.has(regionId) ? withoutExtremes(row) : withoutFigures(row)));
  return closedOrWithoutFigures(round, figures, now);
}

const withoutFigures = (row: AnswerAggregateRow): AnswerAggregateRow => ({ ...row, mean: null, spread: null, min: null, max: null });

/** A group's lowest and highest score are each one person's: shown only to those who see every group's aggregates. */
const withoutExtremes = (row: AnswerAggregateRow): AnswerAggregateRow => ({ ...row, min: null, max: null });

/** Figures of other people's groups only once a round has closed: while it is open, each new answer would show in the change. */
const closedOrWithoutFigures = (round: EditionRoundRow, rows: AnswerAggregateRow[], now: Date) => (round.closesAt <= now ? rows : rows.map(withoutFigures));

/** What every view of a round says about the round itself. */
function roundView(round: EditionRoundRow) {
  return {
    roundId: round.id,
    moment: round.moment,
    occurrence: round.occurrence,
    subject: round.subject,
    respondentRoles: round.respondentRoles,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    instrument: { id: round.instrumentId, kind: round.instrumentKind, name: round.instrumentName, isExample: round.isExample },
    version: versionOf(round),
  };
}

function versionOf(round: EditionRoundRow): InstrumentVersionView {
  return { id: round.versionId, instrumentId: round.instrumentId, number: round.versionNumber, publishedAt: round.versionPublishedAt?.toISOString() ?? null, dimensions: round.dimensions };
}

/** Per dimension of the round's version, the figures among these rows (level `dimension`), zero respondents where none. */
function dimensionAggregates(round: EditionRoundRow, rows: AnswerAggregateRow[]): DimensionAggregate[] {
  return round.dimensions.map((dimension) => {
    const row = rows.find((candidate) => candidate.level === 'dimension' && candidate.key === dimension.id);
    return { dimensionId: dimension.id, respondents: row?.respondents ?? 0, mean: row?.mean ?? null, spread: row?.spread ?? null, min: row?.min ?? null, max: row?.max ?? null };
  });
}

/** One round's results from the aggregate rows: the whole edition, and each organisation the caller may see. */
function roundResults(
  round: EditionRoundRow,
  wholeEdition: AnswerAggregateRow[],
  organisationRows: AnswerAggregateRow[],
  ownOrganisations: Set<string>,
  individual: Awaited<ReturnType<MeasurementResultsRepository['individualResponses']>>,
  /** The programme office and trainers; a participant or director sees the whole edition without its extremes, each one person's score. */
  seesAll: boolean,
): MeasurementRoundResults {
  const items = round.dimensions.flatMap((dimension) => dimension.items.map((item) => ({ ...item, dimensionId: dimension.id })));
  const inRound = (rows: AnswerAggregateRow[]) => rows.filter((row) => row.roundId === round.id);
  const dimensionsOf = (rows: AnswerAggregateRow[]) => dimensionAggregates(round, rows);

  const now = new Date();
  // Grouped in one pass and items looked up by key: a trainer's view of an edition of 40 organisations has 1,600 rows per round.
  const perOrganisation = new Map<string, AnswerAggregateRow[]>();
  for (const row of inRound(organisationRows)) {
    if (!row.byOrganisation || !row.organisationId) continue;
    const rows = perOrganisation.get(row.organisationId);
    if (rows) rows.push(row);
    else perOrganisation.set(row.organisationId, [row]);
  }
  const wholeOf = new Map([...perOrganisation].map(([organisationId, rows]) => [organisationId, rows.filter((row) => row.role === null)]));
  // What sits beside the edition's figure: one's own organisations in full, or every organisation shown with figures.
  const shownBeside = (row: AnswerAggregateRow) => row.organisationId !== null && (ownOrganisations.size > 0 ? ownOrganisations.has(row.organisationId) : row.mean !== null);
  const ofRound = inRound(wholeEdition);
  const editionFigures = closedOrWithoutFigures(round, withoutDifferencing(ofRound.filter((row) => !row.byOrganisation), ofRound, shownBeside), now);
  const edition = seesAll ? editionFigures : editionFigures.map(withoutExtremes);
  const organisations: OrganisationResults[] = [...perOrganisation.entries()].map(([organisationId, rows]) => {
    const own = ownOrganisations.has(organisationId);
    const whole = wholeOf.get(organisationId)!;
    const shown = own ? whole : closedOrWithoutFigures(round, whole, now);
    const itemRows = new Map(shown.filter((row) => row.level === 'item').map((row) => [row.key, row]));
    return {
      organisationId,
      organisationName: rows[0].organisationName ?? '',
      own,
      respondents: whole.find((row) => row.level === 'round')?.respondents ?? 0,
      dimensions: dimensionsOf(shown),
      // Per role only for one's own organisation: next to the organisation's figure, a shown role would give away a hidden one's.
      roles: MEASUREMENT_RESPONDENT_ROLES.filter((role) => own && rows.some((row) => row.role === role)).map((role) => ({
        role,
        dimensions: dimensionsOf(rows.filter((row) => row.role === role)),
      })),
      items: items.map((item) => {
        const row = itemRows.get(item.id);
        return { itemId: item.id, respondents: row?.respondents ?? 0, mean: row?.mean ?? null };
      }),
      responses: own
        ? individual
            .filter((response) => response.roundId === round.id && response.organisationId === organisationId)
            .map(({ respondentName, role, aboutName, answers }): IndividualResponse => ({
              respondentName,
              role,
              aboutName,
              answers,
              dimensions: round.dimensions.map((dimension) => ({
                dimensionId: dimension.id,
                score: mean(
                  dimension.items.flatMap((item) => {
                    const value = answers.find((answer) => answer.itemId === item.id)?.value;
                    return value ? [itemScore(value, item.scale)] : [];
                  }),
                ),
              })),
            }))
        : [],
    };
  });
  return {
    ...roundView(round),
    respondents: edition.find((row) => row.level === 'round')?.respondents ?? 0,
    dimensions: dimensionsOf(edition),
    organisations,
  };
}
