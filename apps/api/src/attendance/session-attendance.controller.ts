import type {
  AttendanceChangeEntry,
  CheckInCodeResponse,
  CheckInResponse,
  CheckInSession,
  MarkAbsentResponse,
  RosterEntry,
  SaveAttendanceResponse,
} from '@koers/shared/attendance';
import type { Page } from '@koers/shared/api';
import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { CheckInRateLimitedError, isWrongCheckInCode } from './attendance.errors';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import { AttendanceMarkDto } from './dto/attendance-mark.dto';
import { AttendanceMarksPipe } from './dto/attendance-marks.pipe';
import { CheckInDto, holdsCheckInCode } from './dto/check-in.dto';

@ApiTags('attendance')
@Controller('sessions')
export class SessionAttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly checkIns: CheckInService,
  ) {}

  @Get(':id/roster')
  roster(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<RosterEntry[]> {
    return this.attendance.roster(auth, sessionId);
  }

  @Put(':id/attendance')
  @ApiBody({ type: [AttendanceMarkDto] })
  save(@Auth() auth: AuthContext, @IdParam('id') sessionId: string, @Body(AttendanceMarksPipe) marks: AttendanceMarkDto[]): Promise<SaveAttendanceResponse> {
    return this.attendance.save(auth, sessionId, marks);
  }

  @Post(':id/attendance/absent')
  @HttpCode(200)
  markEmptyAbsent(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<MarkAbsentResponse> {
    return this.attendance.markEmptyAbsent(auth, sessionId);
  }

  @Get(':id/attendance/changes')
  changes(@Auth() auth: AuthContext, @IdParam('id') sessionId: string, @Query() query: PageQueryDto): Promise<Page<AttendanceChangeEntry>> {
    return this.attendance.changes(auth, sessionId, query);
  }

  @Get(':id/check-in-code')
  checkInCode(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<CheckInCodeResponse> {
    return this.checkIns.currentCode(auth, sessionId);
  }

  @Get(':id/check-in')
  checkInSession(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<CheckInSession> {
    return this.checkIns.describe(auth, sessionId);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @RateLimit([{ rule: RATE_LIMITS.checkIn, subject: ['person', 'param:id'], onlyWhen: holdsCheckInCode }], CheckInRateLimitedError, { keepsTryOn: isWrongCheckInCode })
  checkIn(@Auth() auth: AuthContext, @IdParam('id') sessionId: string, @Body() body: CheckInDto): Promise<CheckInResponse> {
    return this.checkIns.checkIn(auth, sessionId, body.code);
  }
}

@ApiTags('attendance')
@Controller('check-in')
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  /** A typed code, without knowing the session: the code tells which of the caller's open sessions it is for. */
  @Post()
  @HttpCode(200)
  @RateLimit([{ rule: RATE_LIMITS.checkIn, subject: ['person'], onlyWhen: holdsCheckInCode }], CheckInRateLimitedError, { keepsTryOn: isWrongCheckInCode })
  checkIn(@Auth() auth: AuthContext, @Body() body: CheckInDto): Promise<CheckInResponse> {
    return this.checkIns.checkInByCode(auth, body.code);
  }
}
