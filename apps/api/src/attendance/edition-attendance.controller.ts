import type { Locale } from '@koers/shared/domain';
import type { AttendanceReport } from '@koers/shared/attendance';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ExportFormat, ExportFormatParam, ExportQueryDto, ExportRoute, exportDownload } from '../app/export';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
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
    @RequestLocale() locale: Locale,
  ): Promise<StreamableFile> {
    return exportDownload(await this.reports.export(auth, editionId, query.lang ?? locale), format);
  }
}
