import { Module } from '@nestjs/common';
import { BoardMeetingsController } from './board-meetings.controller';
import { BoardMeetingsRepository } from './board-meetings.repository';
import { BoardMeetingsService } from './board-meetings.service';

/** The director's board meetings and the minutes published after them. Answering is in rsvp/. */
@Module({ controllers: [BoardMeetingsController], providers: [BoardMeetingsRepository, BoardMeetingsService], exports: [BoardMeetingsService] })
export class BoardMeetingsModule {}
