import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CalendarFeedModule } from '../calendar-feed/calendar-feed.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { MailModule } from '../mail/mail.module';
import { SessionsModule } from '../sessions/sessions.module';
import { NotificationRenderer } from './notification-renderer';
import { NotificationWorker } from './notification-worker';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { PreferencesController } from './preferences.controller';
import { RemindersOffController } from './reminders-off.controller';
import { RemindersOffService } from './reminders-off.service';

/** Mail to people at the right moments, exactly once across app instances: a queue in PostgreSQL and a worker per instance. */
@Module({
  imports: [MailModule, ApplicationsModule, SessionsModule, CalendarFeedModule, DiscussionsModule],
  controllers: [NotificationsController, PreferencesController, RemindersOffController],
  providers: [NotificationsRepository, NotificationsService, NotificationRenderer, NotificationWorker, RemindersOffService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
