import type { Locale } from '@koers/shared/domain';
import type { EditionRole } from '@koers/shared/roles';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { toCsv } from './csv';

/*
 * Every export (attendance report, RSVPs, assignment overview, enrolments, measurements) is one table that declares
 * its columns once; the CSV and the Excel workbook (`xlsx.ts`) are both written from that declaration, so the two
 * formats cannot drift apart.
 */

/**
 * A column and how its cells are typed in the workbook: text, a whole number, a percentage (a fraction, shown as
 * 85%), a day or a moment (shown as Amsterdam wall-clock time, the way people read it). The CSV writes the same
 * values as text: a percentage as a whole number (the header says %), days and moments in Amsterdam time.
 */
/**
 * How a role is named in every export, the same in each so files can be joined; the enrolment import reads these
 * names back (`enrolments/csv/enrolment-csv.ts`).
 */
export const ROLE_NAMES: Record<Locale, Record<EditionRole, string>> = {
  nl: { participant: 'deelnemer', trainer: 'trainer', facilitator: 'begeleider', director: 'directeur', internal_team_member: 'intern-teamlid' },
  en: { participant: 'participant', trainer: 'trainer', facilitator: 'facilitator', director: 'director', internal_team_member: 'internal team member' },
};

export type ExportColumn<Row> = { header: string; width?: number } & (
  | { type: 'text'; value: (row: Row) => string | null }
  | { type: 'integer'; value: (row: Row) => number | null }
  | { type: 'percent'; value: (row: Row) => number | null }
  | { type: 'day'; value: (row: Row) => Date | null }
  | { type: 'moment'; value: (row: Row) => Date | null }
);

export interface ExportTable<Row> {
  /** The file name without extension, made by exportFileName. */
  fileName: string;
  /** The worksheet's name in the workbook. */
  title: string;
  columns: readonly ExportColumn<Row>[];
  /** One line each, under exactly one header row. */
  rows: readonly Row[];
}

/**
 * "aanwezigheid-his-i-2-0", "inschrijvingen-日本-研修-2027": the title in any script, lower case, with every run of
 * other characters (spaces, punctuation, quotes, `;`, `/`, `:`, control characters) one hyphen, so the name is safe
 * on any disk; `fallback` when nothing is left. The download's header adds the ASCII copy (attachmentDisposition).
 */
export function exportFileName(prefix: string, title: string, fallback: string): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || fallback}`;
}

/** A column's value as CSV text. */
export function csvText<Row>(column: ExportColumn<Row>, row: Row): string {
  switch (column.type) {
    case 'text':
      return column.value(row) ?? '';
    case 'integer':
      return numberText(column.value(row), (value) => String(value));
    case 'percent':
      return numberText(column.value(row), (value) => String(Math.round(value * 100)));
    case 'day':
      return dateText(column.value(row), ({ date }) => date);
    case 'moment':
      return dateText(column.value(row), ({ date, time }) => `${date} ${time}`);
  }
}

const numberText = (value: number | null, write: (value: number) => string) => (value === null ? '' : write(value));
const dateText = (value: Date | null, write: (amsterdam: ReturnType<typeof instantToAmsterdam>) => string) =>
  value === null ? '' : write(instantToAmsterdam(value));

export function tableToCsv<Row>(table: ExportTable<Row>): string {
  return toCsv([table.columns.map((column) => column.header), ...table.rows.map((row) => table.columns.map((column) => csvText(column, row)))]);
}
