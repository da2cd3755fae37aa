import { Module } from '@nestjs/common';
import { EditionPeriodModule } from '../editions/edition-period.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SessionStaffModule } from '../sessions/session-staff.module';
import { NetworkGroupsController } from './network-groups.controller';
import { NetworkGroupsRepository } from './network-groups.repository';
import { NetworkGroupsService } from './network-groups.service';

/**
 * Network groups: the programme office divides an edition's participants into groups with their facilitators; each
 * network session runs per group. Who is expected then follows from the `expected_attendee` view. The repository is
 * exported for opening an edition, which plans its groups' sessions inside its own transaction.
 */
@Module({ imports: [NotificationsModule, EditionPeriodModule, SessionStaffModule], controllers: [NetworkGroupsController], providers: [NetworkGroupsRepository, NetworkGroupsService], exports: [NetworkGroupsRepository] })
export class NetworkGroupsModule {}
