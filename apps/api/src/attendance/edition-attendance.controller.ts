import type { AttendanceReport } from '@koers/shared/attendance';
import { Controller, Get, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ExportFormat, ExportFormatParam, ExportQueryDto, ExportRoute, exportDownload } from '../app/export';
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

  @Get(':id/attendance.:format')
  @ExportRoute()
  async export(
    @Auth() auth: AuthContext,
    @IdParam('id') editionId: string,
    @ExportFormatParam() format: ExportFormat,
    @Query() query: ExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return exportDownload(await this.reports.export(auth, editionId, query.lang ?? localeFromAcceptLanguage(acceptLanguage)), format);
  }
}
