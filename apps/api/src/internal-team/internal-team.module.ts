import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { InternalTeamController } from './internal-team.controller';
import { InternalTeamRepository } from './internal-team.repository';
import { InternalTeamService } from './internal-team.service';

/** A participant's internal team: inviting colleagues (through invitations/) and removing them, and what a member sees. Answering a day is in rsvp/. */
@Module({ imports: [InvitationsModule, NotificationsModule, WebhooksModule], controllers: [InternalTeamController], providers: [InternalTeamRepository, InternalTeamService] })
export class InternalTeamModule {}
