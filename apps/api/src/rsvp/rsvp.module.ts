import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RsvpController } from './rsvp.controller';
import { RsvpRepository } from './rsvp.repository';
import { RsvpService } from './rsvp.service';

/** Answers to board meetings and internal-team days, the overview for trainers and the programme office, and who has not answered. */
@Module({ imports: [InvitationsModule, NotificationsModule], controllers: [RsvpController], providers: [RsvpRepository, RsvpService], exports: [RsvpRepository] })
export class RsvpModule {}
