import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedService } from './calendar-feed.service';

@Module({
  imports: [SessionsModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedRepository, CalendarFeedService],
  exports: [CalendarFeedService],
})
export class CalendarFeedModule {}
