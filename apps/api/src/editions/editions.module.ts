import { AssignmentsModule } from '../assignments/assignments.module';
import { Module } from '@nestjs/common';
import { ClosedDaysModule } from '../closed-days/closed-days.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MeasurementsModule } from '../measurements/measurements.module';
import { NetworkGroupsModule } from '../network-groups/network-groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { SessionStaffModule } from '../sessions/session-staff.module';
import { EditionPeriodModule } from './edition-period.module';
import { EditionSessionsRepository } from './edition-sessions.repository';
import { EditionsController } from './editions.controller';
import { EditionsRepository } from './editions.repository';
import { EditionsService } from './editions.service';
import { OpenEditionController } from './open-edition.controller';
import { OpenEditionService } from './open-edition.service';

@Module({
  imports: [AssignmentsModule, EditionPeriodModule, ClosedDaysModule, ProgrammesModule, EnrolmentsModule, SessionStaffModule, NotificationsModule, NetworkGroupsModule, MeasurementsModule],
  controllers: [EditionsController, OpenEditionController],
  providers: [EditionsRepository, EditionSessionsRepository, EditionsService, OpenEditionService],
})
export class EditionsModule {}
