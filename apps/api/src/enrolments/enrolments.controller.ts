import type { Page } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { EnrolmentImportReport, EnrolmentListItem, EnrolResult, WithdrawResult } from '@koers/shared/enrolments';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AcceptsBody } from '../app/body-type.guard';
import { AdminOnly } from '../auth/auth-context';
import { RequestLocale } from '../editions/request-locale';
import { EnrolDto, EnrolmentsQueryDto, ImportQueryDto } from './dto/enrolment.dto';
import { CsvExpectedError } from './enrolments.errors';
import { EnrolmentsService } from './enrolments.service';

const uuid = new ParseUUIDPipe();

/** Enrolling people in an edition: the programme office only. */
@ApiTags('enrolments')
@AdminOnly()
@Controller('editions/:editionId/enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post()
  enrol(@Param('editionId', uuid) editionId: string, @Body() dto: EnrolDto): Promise<EnrolResult> {
    return this.enrolments.enrol(editionId, dto);
  }

  @Get()
  list(@Param('editionId', uuid) editionId: string, @Query() query: EnrolmentsQueryDto): Promise<Page<EnrolmentListItem>> {
    return this.enrolments.list(editionId, query);
  }

  /** The body is the CSV file itself (`Content-Type: text/csv`), as Excel saves it. */
  @Post('import')
  @HttpCode(200)
  @AcceptsBody('text/csv')
  import(
    @Param('editionId', uuid) editionId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @RequestLocale() locale: Locale,
  ): Promise<EnrolmentImportReport> {
    if (typeof csv !== 'string') throw new CsvExpectedError();
    return this.enrolments.import(editionId, csv, query.dryRun !== 'false', locale);
  }

  @Post(':enrolmentId/withdraw')
  @HttpCode(200)
  withdraw(@Param('editionId', uuid) editionId: string, @Param('enrolmentId', uuid) enrolmentId: string): Promise<WithdrawResult> {
    return this.enrolments.withdraw(editionId, enrolmentId);
  }
}
