import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { OverviewService } from './overview.service';
import { ReviewService } from './review.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';

/** Assignments, hand-ins, review and the per-edition overview. Exports the repositories behind the reminder and feedback mails. */
@Module({
  imports: [CompletionModule, NotificationsModule],
  controllers: [AssignmentsController, SubmissionsController],
  providers: [AssignmentsRepository, AssignmentsService, SubmissionsRepository, SubmissionsService, ReviewService, OverviewService],
  exports: [AssignmentsRepository, SubmissionsRepository, AssignmentsService],
})
export class AssignmentsModule {}
