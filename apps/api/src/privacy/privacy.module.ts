import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { MailModule } from '../mail/mail.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { PersonCorrectionsService } from './person-corrections.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [EnrolmentsModule, InvitationsModule, MailModule, WebhooksModule, WorkshopsModule],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyService, PersonCorrectionsService],
  exports: [PersonCorrectionsService],
})
export class PrivacyModule {}
