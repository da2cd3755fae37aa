import type { InnovationPhase } from './domain';

/**
 * Instruments as data (issue 20): a questionnaire such as the innovation scan or the collaboration thermometer, in
 * versions. A published version never changes, because answers keep the version they were given on; editing works
 * on a draft, a copy of the latest version, until it is published.
 */
export const INSTRUMENT_KINDS = ['innovation_scan', 'collaboration_thermometer'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** `agree_1_5`: 1 (fully disagree) to 5 (fully agree); `in_place_3`: not, partly or fully in place. */
export const ITEM_SCALES = ['agree_1_5', 'in_place_3'] as const;
export type ItemScale = (typeof ITEM_SCALES)[number];

export const MAX_DIMENSIONS = 20;
export const MAX_ITEMS_PER_DIMENSION = 30;
export const MAX_DIMENSION_NAME_LENGTH = 200;
export const MAX_STATEMENT_LENGTH = 500;

export interface InstrumentItemView {
  id: string;
  /** 1, 2, 3 … within the dimension. */
  position: number;
  statement: string;
  scale: ItemScale;
  /** Whether a respondent may add a remark in their own words. */
  freeTextAllowed: boolean;
}

export interface InstrumentDimensionView {
  id: string;
  position: number;
  name: string;
  items: InstrumentItemView[];
}

export interface InstrumentVersionView {
  id: string;
  instrumentId: string;
  /** 1, 2, 3 … per instrument. */
  number: number;
  /** ISO 8601; null while the version is a draft. */
  publishedAt: string | null;
  dimensions: InstrumentDimensionView[];
}

export interface InstrumentView {
  id: string;
  kind: InstrumentKind;
  name: string;
  description: string;
  /** Shipped with Koers as an editable example, not a validated instrument. */
  isExample: boolean;
  /** Newest first. */
  versions: InstrumentVersionView[];
}

export interface InstrumentItemRequest {
  statement: string;
  scale: ItemScale;
  freeTextAllowed: boolean;
}

export interface InstrumentDimensionRequest {
  name: string;
  /** In order; positions follow from it. */
  items: InstrumentItemRequest[];
}

/** The whole content of a draft version, replacing what it held. */
export interface InstrumentVersionRequest {
  dimensions: InstrumentDimensionRequest[];
}

/**
 * Rounds tied to the programme (issue 20): a programme's measurement template says which instrument version is filled
 * when, by whom and about what. Opening an edition turns each template line into one round (two for the internal-team
 * days: one per day), with the moment it opens and its deadline taken from the edition's schedule.
 */
export const MEASUREMENT_MOMENTS = ['before_first_programme_day', 'after_last_programme_day', 'internal_team_days'] as const;
export type MeasurementMoment = (typeof MEASUREMENT_MOMENTS)[number];

/** Who answers: the participant, their director, the members of their internal team. */
export const MEASUREMENT_RESPONDENT_ROLES = ['participant', 'director', 'internal_team_member'] as const;
export type MeasurementRespondentRole = (typeof MEASUREMENT_RESPONDENT_ROLES)[number];

/** What the answers are about: the participant's organisation, or their (internal) team. */
export const MEASUREMENT_SUBJECTS = ['organisation', 'team'] as const;
export type MeasurementSubject = (typeof MEASUREMENT_SUBJECTS)[number];

/** A round before the first programme day opens this many days before it; one after the last closes this many days after it. */
export const SCAN_WINDOW_DAYS = 21;
/** A round on an internal-team day opens at the day's start and closes this many days after its end. */
export const TEAM_DAY_WINDOW_DAYS = 7;

/** Aggregates of fewer respondents than this are not shown to those who may not see the answers themselves (k-anonymity). */
export const MIN_GROUP_SIZE = 5;

/** One line of a programme's measurement template. */
export interface MeasurementTemplateLine {
  id: string;
  instrumentVersionId: string;
  instrumentName: string;
  instrumentKind: InstrumentKind;
  versionNumber: number;
  moment: MeasurementMoment;
  respondents: MeasurementRespondentRole[];
  subject: MeasurementSubject;
}

export interface MeasurementTemplateLineRequest {
  instrumentVersionId: string;
  moment: MeasurementMoment;
  respondents: MeasurementRespondentRole[];
  subject: MeasurementSubject;
}

/** `PUT /api/programmes/:id/measurement-template`: the whole template, replacing what it held (new editions only). */
export interface MeasurementTemplateRequest {
  lines: MeasurementTemplateLineRequest[];
}

/** A round the person still has to fill (`GET /api/me/measurement-tasks`), one per participant they answer about. */
export interface MeasurementTask {
  roundId: string;
  editionId: string;
  editionName: string;
  instrumentName: string;
  instrumentKind: InstrumentKind;
  moment: MeasurementMoment;
  /** 1 or 2 for the internal-team days, else 1. */
  occurrence: number;
  subject: MeasurementSubject;
  role: MeasurementRespondentRole;
  /** The participant enrolment the answers are about (one's own, one's director's participant, one's team's participant). */
  participantEnrolmentId: string;
  participantName: string;
  organisationName: string | null;
  opensAt: string;
  closesAt: string;
  answered: number;
  items: number;
}

export interface MeasurementAnswer {
  itemId: string;
  /** 1–5 (`agree_1_5`) or 1–3 (`in_place_3`: not, partly, fully in place); null: not answered yet. */
  value: number | null;
  remark: string | null;
}

/** `GET /api/measurement-rounds/:id?participantEnrolmentId=`: the questionnaire with one's answers so far. */
export interface MeasurementForm {
  task: MeasurementTask;
  /** The version the answers are (or will be) given on. */
  version: InstrumentVersionView;
  answers: MeasurementAnswer[];
  /** False after the deadline, or when its day was cancelled: the answers are shown, no longer changed. */
  open: boolean;
  /** The internal-team day the round belongs to was cancelled: it is asked of nobody until the day has a new date. */
  dayCancelled: boolean;
}

/** `PUT /api/measurement-rounds/:id/answers`: some answers, saved one by one as they are given (others are kept). */
export interface SaveMeasurementAnswersRequest {
  /** Needed when one answers about more than one participant in the round (a director of two). */
  participantEnrolmentId?: string;
  answers: MeasurementAnswerRequest[];
}

/** One answer as saved: `remark` left out keeps the remark given before (none on a first answer); null clears it. */
export type MeasurementAnswerRequest = Omit<MeasurementAnswer, 'remark'> & { remark?: string | null };

export const MAX_REMARK_LENGTH = 2000;

/** Mean and spread of respondents' scores on a dimension (each respondent's score: the mean of their items, 0–100). */
export interface DimensionAggregate {
  dimensionId: string;
  respondents: number;
  /** 0–100; null when the group is too small to show (fewer than MIN_GROUP_SIZE) or nobody answered. */
  mean: number | null;
  /** Standard deviation between respondents (0–100 scale); null as `mean`. */
  spread: number | null;
  min: number | null;
  max: number | null;
}

export interface RoleAggregate {
  role: MeasurementRespondentRole;
  dimensions: DimensionAggregate[];
}

export interface ItemAggregate {
  itemId: string;
  respondents: number;
  /** 0–100; null when too small a group to show. */
  mean: number | null;
}

/** One respondent's answers, shown only to the participant and director of the respondent's own organisation. */
export interface IndividualResponse {
  respondentName: string;
  role: MeasurementRespondentRole;
  /** The participant a director's or internal team member's answers are about (one form per participant); null for a participant's own. */
  aboutName: string | null;
  /** 0–100 per dimension. */
  dimensions: { dimensionId: string; score: number | null }[];
  answers: { itemId: string; value: number | null; remark: string | null }[];
}

export interface OrganisationResults {
  organisationId: string;
  organisationName: string;
  /** The caller's own organisation: per role and individual answers are shown. */
  own: boolean;
  respondents: number;
  dimensions: DimensionAggregate[];
  /** Per respondent role; only for one's own organisation. */
  roles: RoleAggregate[];
  items: ItemAggregate[];
  /** Only for one's own organisation. */
  responses: IndividualResponse[];
}

export interface MeasurementRoundResults {
  roundId: string;
  moment: MeasurementMoment;
  occurrence: number;
  subject: MeasurementSubject;
  respondentRoles: MeasurementRespondentRole[];
  opensAt: string;
  closesAt: string;
  instrument: { id: string; kind: InstrumentKind; name: string; isExample: boolean };
  version: InstrumentVersionView;
  /** Everyone in the edition who answered at least one item. */
  respondents: number;
  /** The whole edition together (suppressed below MIN_GROUP_SIZE). */
  dimensions: DimensionAggregate[];
  /** The organisations the caller may see: all for the programme office and trainers (groups under MIN_GROUP_SIZE without figures), one's own otherwise. */
  organisations: OrganisationResults[];
}

/** A participant's action drawn from the results, linked to their implementation challenge and an innovation-route phase. */
export interface MeasurementAction {
  id: string;
  text: string;
  phase: InnovationPhase;
  /** The dimension it comes from, if any. */
  dimensionId: string | null;
  dimensionName: string | null;
  createdAt: string;
}

/** `POST /api/editions/:id/measurement-actions` (the participant, on their own challenge). */
export interface CreateMeasurementActionRequest {
  text: string;
  phase: InnovationPhase;
  dimensionId?: string | null;
}

export const MAX_ACTION_LENGTH = 1000;

/** `GET /api/editions/:id/measurements`. */
export interface EditionMeasurements {
  editionId: string;
  editionName: string;
  rounds: MeasurementRoundResults[];
  /** The participant's actions in this edition (null for anyone who has no challenge here). */
  actions: MeasurementAction[] | null;
  /** The caller may add actions (a participant of the edition). */
  canAddActions: boolean;
  /** The caller's challenge has no title yet: actions can be added once it is described. */
  actionsAwaitChallenge: boolean;
  /** The minimum group size for aggregates of other organisations. */
  minGroupSize: number;
}

/** One round as a region sees it: its organisations together, never one of them on its own. */
export interface RegionMeasurementRound
  extends Pick<MeasurementRoundResults, 'roundId' | 'moment' | 'occurrence' | 'subject' | 'respondentRoles' | 'opensAt' | 'closesAt' | 'instrument' | 'version'> {
  editionId: string;
  editionName: string;
  /** The region's respondents in the round. */
  respondents: number;
  /** Per dimension; mean and spread are null below MIN_GROUP_SIZE respondents. */
  dimensions: DimensionAggregate[];
}

/** `GET /api/regions/:id/measurements`: the rounds the region's organisations answered in, aggregated (k-anonymous). */
export interface RegionMeasurements {
  regionId: string;
  regionName: string;
  rounds: RegionMeasurementRound[];
  minGroupSize: number;
}

/** The web app's results page (`?editie=`), for the menu and the home page. */
export const MEASUREMENTS_PATH = '/metingen';
/** The web app's page to fill a round (`?deelnemer=<participant enrolment>` when one answers about several); reminders link here. */
export const MEASUREMENT_ROUND_PAGE_PATH = '/metingen/invullen/:roundId';
export const measurementRoundPagePath = (roundId: string) => MEASUREMENT_ROUND_PAGE_PATH.replace(':roundId', encodeURIComponent(roundId));
