import type { Page } from '@koers/shared/api';
import type { Locale } from '@koers/shared/domain';
import type { SessionStaffResult, StaffCandidate } from '@koers/shared/enrolments';
import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { SessionStaffDto, StaffQueryDto } from './dto/session-staff.dto';
import { SessionStaffService } from './session-staff.service';

/** Assigning trainers, facilitators and guest speakers to sessions: the programme office only. */
@ApiTags('enrolments')
@Controller()
export class SessionStaffController {
  constructor(private readonly staff: SessionStaffService) {}

  @Put('editions/:editionId/sessions/:sessionId/staff')
  replace(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() dto: SessionStaffDto,
    @RequestLocale() locale: Locale,
  ): Promise<SessionStaffResult> {
    return this.staff.replace(auth, editionId, sessionId, dto, locale);
  }

  @Get('staff')
  candidates(@Auth() auth: AuthContext, @Query() query: StaffQueryDto): Promise<Page<StaffCandidate>> {
    return this.staff.candidates(auth, query);
  }
}
