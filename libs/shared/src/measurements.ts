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
