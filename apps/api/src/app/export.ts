import { EXPORT_FORMATS, type ExportFormat } from '@koers/shared/api';
import { LOCALES, type Locale } from '@koers/shared/domain';
import { applyDecorators, createParamDecorator, type ExecutionContext, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { NotFoundError } from '../errors/koers-error';
import { toCsv } from './csv';
import { XLSX_MEDIA_TYPE, toXlsx } from './xlsx';

/**
 * Every export (attendance report, RSVPs, assignment overview, enrolments) is one table that declares its columns
 * once; the CSV and the Excel workbook are both written from that declaration, so the two formats cannot drift apart.
 * The format is the path's extension: `attendance.csv`, `attendance.xlsx`.
 */
export type { ExportFormat };

/**
 * A column and how its cells are typed in the workbook: text, a whole number, a percentage (a fraction, shown as
 * 85%), a day or a moment (shown as Amsterdam wall-clock time, the way people read it). The CSV writes the same
 * values as text: a percentage as a whole number (the header says %), days and moments in Amsterdam time.
 */
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

/** "aanwezigheid-his-i-2-0": a file name without accents, spaces or punctuation, `fallback` when nothing is left. */
export function exportFileName(prefix: string, title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
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

/** The answer of every export route: a download in the asked format. The file name is plain ASCII, so the header needs no encoding. */
export async function exportDownload<Row>(table: ExportTable<Row>, format: ExportFormat): Promise<StreamableFile> {
  const disposition = `attachment; filename="${table.fileName}.${format}"`;
  if (format === 'xlsx') return new StreamableFile(await toXlsx(table), { type: XLSX_MEDIA_TYPE, disposition });
  return new StreamableFile(Buffer.from(tableToCsv(table)), { type: 'text/csv; charset=utf-8', disposition });
}

/**
 * The `:format` of an export route (`attendance.:format`). Checked while the argument is read, like IdParam: an
 * extension that is not offered names nothing, so it answers 404 before any query.
 */
const formatFromPath = createParamDecorator((_: unknown, context: ExecutionContext): ExportFormat => {
  const value = context.switchToHttp().getRequest<FastifyRequest<{ Params: Record<string, string> }>>().params.format;
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new NotFoundError();
  return value as ExportFormat;
});

export const ExportFormatParam = (): ParameterDecorator => formatFromPath();

/** Documents an export route in the OpenAPI description: both extensions and what each answers. */
export const ExportRoute = () =>
  applyDecorators(
    ApiParam({ name: 'format', enum: EXPORT_FORMATS, description: 'csv (UTF-8 with BOM, `;`) or xlsx (typed cells, frozen header row)' }),
    ApiOkResponse({
      description: 'The download, named after what it holds (Content-Disposition: attachment).',
      content: {
        [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  );

export class ExportQueryDto {
  /** The language of the headings and values; a download link cannot set Accept-Language. */
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
