import { LOCALES, type Locale } from '@koers/shared/domain';
import { StreamableFile } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';

/**
 * The one CSV writer behind every export (attendance report, RSVPs, assignment overview). Dutch Excel reads a
 * semicolon as the separator (the comma is the decimal sign there) and needs the UTF-8 byte order mark to show "ë"
 * and "é" instead of mojibake; English Excel with Dutch regional settings does the same, so every language uses them.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * A cell Excel reads back as the same text. Text starting with = + - @ tab or CR would run as a formula (CSV
 * injection), so it gets a leading apostrophe. A cell holding a separator (Excel may be set to either), a quote, a
 * tab or a line break is quoted, with its quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;,"\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as a CSV file: byte order mark, semicolons, CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((cells) => cells.map(csvCell).join(SEPARATOR) + LINE_END).join('');
}

/** "aanwezigheid-his-i-2-0.csv": a file name without accents, spaces or punctuation, `fallback` when nothing is left. */
export function csvFileName(prefix: string, title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || fallback}.csv`;
}

export interface CsvFile {
  /** Made by csvFileName: plain ASCII, so the header needs no encoding. */
  fileName: string;
  content: string;
}

/** The answer of every CSV endpoint: a download Excel opens. */
export function csvDownload(file: CsvFile): StreamableFile {
  return new StreamableFile(Buffer.from(file.content), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${file.fileName}"` });
}

export class CsvQueryDto {
  /** The language of the headings and values; a download link cannot set Accept-Language. */
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
