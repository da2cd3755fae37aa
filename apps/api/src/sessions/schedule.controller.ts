import type { NextSessionAnswer, ScheduleEntry } from '@koers/shared/schedule';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../auth/auth-context';
import { NextSessionService } from './next-session.service';
import { ScheduleService } from './schedule.service';

@ApiTags('schedule')
@Controller('me')
export class ScheduleController {
  constructor(
    private readonly scheduleService: ScheduleService,
    private readonly nextSessionService: NextSessionService,
  ) {}

  /** Every session the person is expected at, in every edition, ordered by start. */
  @Get('schedule')
  schedule(@Auth() auth: AuthContext): Promise<ScheduleEntry[]> {
    return this.scheduleService.mySchedule(auth);
  }

  /** The first of those that has not ended and is not cancelled, with its materials and the assignments due before it. */
  @Get('next-session')
  nextSession(@Auth() auth: AuthContext): Promise<NextSessionAnswer> {
    return this.nextSessionService.next(auth);
  }
}
