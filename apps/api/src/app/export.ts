import { EXPORT_FORMATS, type ExportFormat } from '@koers/shared/api';
import { LOCALES, type Locale } from '@koers/shared/domain';
import { applyDecorators, createParamDecorator, type ExecutionContext, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../errors/koers-error';
import { attachmentDisposition } from '../files/file-storage';
import { type ExportTable, tableToCsv } from './export-table';
import { XLSX_MEDIA_TYPE, toXlsx } from './xlsx';

/*
 * The route side of an export: the format is the path's extension (`attendance.csv`, `attendance.xlsx`), the language
 * `?lang=` or Accept-Language, and the answer a download. What a table holds is `export-table.ts`.
 */
export type { ExportFormat };

/** The answer of every export route: a download in the asked format, named like every other download. */
export async function exportDownload<Row>(table: ExportTable<Row>, format: ExportFormat): Promise<StreamableFile> {
  const disposition = attachmentDisposition(`${table.fileName}.${format}`);
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
