import type { Page } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { EnrolmentImportReport, EnrolmentListItem, EnrolResult, WithdrawResult } from '@koers/shared/enrolments';
import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { AcceptsBody, BodyMediaType } from '../app/body-type.guard';
import { type ExportFormat, ExportFormatParam, ExportQueryDto, ExportRoute, exportDownload } from '../app/export';
import { IdParam } from '../app/id-param';
import { ENROLMENT_FILE_MEDIA_TYPES } from './csv/enrolment-csv';
import { Auth, type AuthContext } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { EnrolDto, EnrolmentsQueryDto, ImportQueryDto } from './dto/enrolment.dto';
import { CsvExpectedError } from './enrolments.errors';
import { EnrolmentsService } from './enrolments.service';

/** Enrolling people in an edition: the programme office only. */
@ApiTags('enrolments')
@Controller('editions/:editionId')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post('enrolments')
  enrol(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Body() dto: EnrolDto): Promise<EnrolResult> {
    return this.enrolments.enrol(auth, editionId, dto);
  }

  @Get('enrolments')
  list(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Query() query: EnrolmentsQueryDto): Promise<Page<EnrolmentListItem>> {
    return this.enrolments.list(auth, editionId, query);
  }

  @Get('enrolments.:format')
  @ExportRoute()
  async export(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @ExportFormatParam() format: ExportFormat,
    @Query() query: ExportQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<StreamableFile> {
    return exportDownload(await this.enrolments.export(auth, editionId, query.lang ?? locale), format);
  }

  /** The body is the file itself as Excel saves it: a CSV (`text/csv`) or a workbook (.xlsx), recognised by its content. */
  @Post('enrolments/import')
  @HttpCode(200)
  @AcceptsBody(...ENROLMENT_FILE_MEDIA_TYPES)
  @ApiBody({ description: 'The file as Excel saves it; what it is comes from its content.', schema: { type: 'string', format: 'binary' } })
  import(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @Query() query: ImportQueryDto,
    @Body() file: unknown,
    @BodyMediaType() mediaType: string,
    @RequestLocale() locale: Locale,
  ): Promise<EnrolmentImportReport> {
    if (!Buffer.isBuffer(file)) throw new CsvExpectedError();
    return this.enrolments.import(auth, editionId, { bytes: file, mediaType }, query.dryRun !== 'false', locale);
  }

  @Post('enrolments/:enrolmentId/withdraw')
  @HttpCode(200)
  withdraw(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @IdParam('enrolmentId') enrolmentId: string): Promise<WithdrawResult> {
    return this.enrolments.withdraw(auth, editionId, enrolmentId);
  }
}
