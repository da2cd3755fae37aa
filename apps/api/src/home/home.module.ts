import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { BoardMeetingsModule } from '../board-meetings/board-meetings.module';
import { DirectorsModule } from '../directors/directors.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SessionsModule } from '../sessions/sessions.module';
import { HomeController } from './home.controller';
import { HomeRepository } from './home.repository';
import { HomeService } from './home.service';

/** The home page: what needs the person now, gathered from the features that own each part. */
@Module({
  imports: [AssignmentsModule, AttendanceModule, BoardMeetingsModule, DirectorsModule, NotificationsModule, SessionsModule],
  controllers: [HomeController],
  providers: [HomeRepository, HomeService],
})
export class HomeModule {}
