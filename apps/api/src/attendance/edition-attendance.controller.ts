import type { AttendanceReport } from '@koers/shared/attendance';
import { Controller, Get, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { csvDownload, CsvQueryDto } from '../app/csv';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { localeFromAcceptLanguage } from '../errors/localized';
import { AttendanceReportService } from './attendance-report.service';

@ApiTags('attendance')
@Controller('editions')
export class EditionAttendanceController {
  constructor(private readonly reports: AttendanceReportService) {}

  @Get(':id/attendance')
  report(@Auth() auth: AuthContext, @IdParam('id') editionId: string): Promise<AttendanceReport> {
    return this.reports.report(auth, editionId);
  }

  @Get(':id/attendance.csv')
  @ApiProduces('text/csv')
  async csv(
    @Auth() auth: AuthContext,
    @IdParam('id') editionId: string,
    @Query() query: CsvQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return csvDownload(await this.reports.csv(auth, editionId, query.lang ?? localeFromAcceptLanguage(acceptLanguage)));
  }
}
