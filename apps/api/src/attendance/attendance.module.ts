import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AttendanceAccess } from './attendance-access';
import { AttendanceRatesRepository } from './attendance-rates.repository';
import { AttendanceReportRepository } from './attendance-report.repository';
import { AttendanceReportService } from './attendance-report.service';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import { EditionAttendanceController } from './edition-attendance.controller';
import { CheckInController, SessionAttendanceController } from './session-attendance.controller';

@Module({
  imports: [WebhooksModule],
  controllers: [SessionAttendanceController, CheckInController, EditionAttendanceController],
  providers: [
    AttendanceRatesRepository,
    AttendanceRepository,
    AttendanceReportRepository,
    AttendanceAccess,
    AttendanceService,
    AttendanceReportService,
    CheckInService,
  ],
  exports: [AttendanceRatesRepository],
})
export class AttendanceModule {}
