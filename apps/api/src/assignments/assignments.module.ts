import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { DeadlineChangesService } from './deadline-changes.service';
import { OverviewService } from './overview.service';
import { ReviewService } from './review.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';

/** Assignments, hand-ins, review and the per-edition overview. Exports the repositories behind the reminder and feedback mails, and the mail to those whose deadline moves. */
@Module({
  imports: [CompletionModule, MailModule, NotificationsModule],
  controllers: [AssignmentsController, SubmissionsController],
  providers: [AssignmentsRepository, AssignmentsService, DeadlineChangesService, SubmissionsRepository, SubmissionsService, ReviewService, OverviewService],
  exports: [AssignmentsRepository, SubmissionsRepository, AssignmentsService, DeadlineChangesService],
})
export class AssignmentsModule {}
