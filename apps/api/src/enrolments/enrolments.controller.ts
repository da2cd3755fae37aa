import type { Page } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { EnrolmentImportReport, EnrolmentListItem, EnrolResult, WithdrawResult } from '@koers/shared/enrolments';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AcceptsBody } from '../app/body-type.guard';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { EnrolDto, EnrolmentsQueryDto, ImportQueryDto } from './dto/enrolment.dto';
import { CsvExpectedError } from './enrolments.errors';
import { EnrolmentsService } from './enrolments.service';

/** Enrolling people in an edition: the programme office only. */
@ApiTags('enrolments')
@Controller('editions/:editionId/enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post()
  enrol(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Body() dto: EnrolDto): Promise<EnrolResult> {
    return this.enrolments.enrol(auth, editionId, dto);
  }

  @Get()
  list(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Query() query: EnrolmentsQueryDto): Promise<Page<EnrolmentListItem>> {
    return this.enrolments.list(auth, editionId, query);
  }

  /** The body is the CSV file itself (`Content-Type: text/csv`), as Excel saves it. */
  @Post('import')
  @HttpCode(200)
  @AcceptsBody('text/csv')
  import(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @Query() query: ImportQueryDto,
    @Body() csv: unknown,
    @RequestLocale() locale: Locale,
  ): Promise<EnrolmentImportReport> {
    if (!Buffer.isBuffer(csv)) throw new CsvExpectedError();
    return this.enrolments.import(auth, editionId, csv, query.dryRun !== 'false', locale);
  }

  @Post(':enrolmentId/withdraw')
  @HttpCode(200)
  withdraw(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @IdParam('enrolmentId') enrolmentId: string): Promise<WithdrawResult> {
    return this.enrolments.withdraw(auth, editionId, enrolmentId);
  }
}
