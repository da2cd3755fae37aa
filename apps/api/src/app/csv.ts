/**
 * The one CSV writer behind every export (export.ts). Dutch Excel reads a semicolon as the separator (the comma is the
 * decimal sign there) and needs the UTF-8 byte order mark to show "ë" and "é" instead of mojibake; English Excel with
 * Dutch regional settings does the same, so every language uses them.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * A cell Excel reads back as the same text. Text starting with = + - @ tab or CR would run as a formula (CSV
 * injection), so it gets a leading apostrophe. A cell holding a separator (Excel may be set to either), a quote, a
 * tab or a line break is quoted, with its quotes doubled.
 */
/** What a cell may not start with, lest Excel run it as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;,"\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell as it was before `csvCell` guarded it against running as a formula: an export read back in. */
export const withoutFormulaGuard = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

/** Rows of cells as a CSV file: byte order mark, semicolons, CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((cells) => cells.map(csvCell).join(SEPARATOR) + LINE_END).join('');
}
