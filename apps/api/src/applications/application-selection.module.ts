import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { ApplicationSelectionController } from './application-selection.controller';
import { ApplicationSelectionRepository } from './application-selection.repository';
import { ApplicationSelectionService } from './application-selection.service';
import { ApplicationWithdrawalController } from './application-withdrawal.controller';
import { ApplicationsModule } from './applications.module';
import { ApplicationsSweep } from './applications-sweep';

/**
 * Selection by the programme office, the applicant's withdrawal and the periodic erasure. A module of its own beside
 * ApplicationsModule because accepting enrols people: enrolments reach the mail renderer, which reads applications
 * through ApplicationsModule, so that module cannot import enrolments itself.
 */
@Module({
  imports: [ApplicationsModule, EnrolmentsModule, MailModule],
  controllers: [ApplicationSelectionController, ApplicationWithdrawalController],
  providers: [ApplicationSelectionRepository, ApplicationSelectionService, ApplicationsSweep],
})
export class ApplicationSelectionModule {}
