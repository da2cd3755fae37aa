import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AccountInvitations } from './account-invitations.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

/**
 * Invitations: pending invitations to an internal team or as a board-meeting delegate, answered by the invited person,
 * and the "choose your password" mail for new accounts (programme-office enrolment uses it too).
 */
@Module({
  imports: [AuthModule, NotificationsModule, WebhooksModule],
  controllers: [InvitationsController],
  providers: [InvitationsRepository, InvitationsService, AccountInvitations],
  exports: [InvitationsService, AccountInvitations],
})
export class InvitationsModule {}
