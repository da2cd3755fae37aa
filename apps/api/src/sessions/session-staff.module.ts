import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SessionStaffController } from './session-staff.controller';
import { SessionStaffRepository } from './session-staff.repository';
import { SessionStaffService } from './session-staff.service';

/**
 * Who runs which session. A module of its own beside SessionsModule because staffing enrols trainers in the edition
 * (EnrolmentsModule), which leads through notifications back to SessionsModule: one module would make a cycle.
 */
@Module({
  imports: [EnrolmentsModule, NotificationsModule],
  controllers: [SessionStaffController],
  providers: [SessionStaffRepository, SessionStaffService],
  exports: [SessionStaffRepository, SessionStaffService],
})
export class SessionStaffModule {}
