import type { ScheduleEntry } from '@koers/shared/schedule';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../auth/auth-context';
import { ScheduleService } from './schedule.service';

@ApiTags('schedule')
@Controller('me')
export class ScheduleController {
  constructor(private readonly scheduleService: ScheduleService) {}

  /** Every session the person is expected at, in every edition, ordered by start. */
  @Get('schedule')
  schedule(@Auth() auth: AuthContext): Promise<ScheduleEntry[]> {
    return this.scheduleService.mySchedule(auth);
  }
}
