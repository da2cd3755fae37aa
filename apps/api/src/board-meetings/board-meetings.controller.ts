import type { BoardMeetingMinutes, MyBoardMeeting } from '@koers/shared/board-meetings';
import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { BoardMeetingsService } from './board-meetings.service';
import { PublishMinutesDto } from './dto/minutes.dto';

@ApiTags('board-meetings')
@Controller()
export class BoardMeetingsController {
  constructor(private readonly boardMeetingsService: BoardMeetingsService) {}

  @Get('me/board-meetings')
  mine(@Auth() auth: AuthContext): Promise<MyBoardMeeting[]> {
    return this.boardMeetingsService.mine(auth);
  }

  @Get('sessions/:id/minutes')
  minutes(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<{ minutes: BoardMeetingMinutes | null }> {
    return this.boardMeetingsService.minutes(auth, sessionId);
  }

  @Put('sessions/:id/minutes')
  publishMinutes(@Auth() auth: AuthContext, @IdParam('id') sessionId: string, @Body() dto: PublishMinutesDto): Promise<BoardMeetingMinutes> {
    return this.boardMeetingsService.publishMinutes(auth, sessionId, dto.text);
  }

  @Delete('sessions/:id/minutes')
  @HttpCode(204)
  withdrawMinutes(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<void> {
    return this.boardMeetingsService.withdrawMinutes(auth, sessionId);
  }
}
