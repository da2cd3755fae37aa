import type { Locale } from '@koers/shared/domain';
import type { ChangedSession, EditionCopySettings, EditionDetail, EditionSession, EditionSummary, SessionChangeEntry } from '@koers/shared/editions';
import type { StaffSessionsResult } from '@koers/shared/enrolments';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { RequestLocale } from '../app/request-locale';
import { Auth, type AuthContext } from '../auth/auth-context';
import { SessionStaffService } from '../sessions/session-staff.service';
import { AddSessionDto, CancelSessionDto, EditionStatusDto, RescheduleSessionDto, StaffPlanDto, UpdateEditionDto } from './dto/edition.dto';
import { EditionsService } from './editions.service';

@ApiTags('editions')
@Controller('editions')
export class EditionsController {
  constructor(
    private readonly editions: EditionsService,
    private readonly staff: SessionStaffService,
  ) {}

  /** The admin overview: every edition with status, dates, enrolled/capacity and next session. */
  @Get()
  list(@Auth() auth: AuthContext): Promise<EditionSummary[]> {
    return this.editions.list(auth);
  }

  @Get(':editionId')
  detail(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<EditionDetail> {
    return this.editions.detail(auth, editionId);
  }

  @Patch(':editionId')
  update(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Body() dto: UpdateEditionDto): Promise<EditionDetail> {
    return this.editions.update(auth, editionId, dto);
  }

  /** A draft only: 204; a published edition 409 `edition_not_draft`. */
  @Delete(':editionId')
  @HttpCode(204)
  remove(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<void> {
    return this.editions.remove(auth, editionId);
  }

  @Post(':editionId/status')
  @HttpCode(200)
  changeStatus(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Body() dto: EditionStatusDto): Promise<EditionDetail> {
    return this.editions.changeStatus(auth, editionId, dto.status);
  }

  /** Settings to open the next edition like this one. */
  @Get(':editionId/copy-settings')
  copySettings(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<EditionCopySettings> {
    return this.editions.copySettings(auth, editionId);
  }

  @Get(':editionId/sessions')
  sessions(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<EditionSession[]> {
    return this.editions.sessionsOf(auth, editionId);
  }

  /** A session the curriculum did not plan: 201 with the session and its `warnings`; a group of another edition 400. */
  @Post(':editionId/sessions')
  addSession(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @Body() dto: AddSessionDto,
    @RequestLocale() locale: Locale,
  ): Promise<ChangedSession> {
    return this.editions.addSession(auth, editionId, dto, locale);
  }

  @Patch(':editionId/sessions/:sessionId')
  reschedule(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() dto: RescheduleSessionDto,
    @RequestLocale() locale: Locale,
  ): Promise<ChangedSession> {
    return this.editions.reschedule(auth, editionId, sessionId, dto, locale);
  }

  @Post(':editionId/sessions/:sessionId/cancel')
  @HttpCode(200)
  cancel(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() dto: CancelSessionDto,
  ): Promise<EditionSession> {
    return this.editions.cancel(auth, editionId, sessionId, dto);
  }

  @Get(':editionId/sessions/:sessionId/changes')
  changes(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @IdParam('sessionId') sessionId: string): Promise<SessionChangeEntry[]> {
    return this.editions.changes(auth, editionId, sessionId);
  }

  /** One trainer or facilitator on every coming session of the kinds named, as the opening wizard's staff plan. */
  @Post(':editionId/staff')
  addStaff(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Body() dto: StaffPlanDto, @RequestLocale() locale: Locale): Promise<StaffSessionsResult> {
    return this.staff.addToSessions(auth, editionId, dto, locale);
  }
}
