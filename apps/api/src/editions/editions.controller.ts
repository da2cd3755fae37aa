import type { EditionCopySettings, EditionDetail, EditionSession, EditionSummary, SessionChangeEntry } from '@koers/shared/editions';
import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { AdminOnly, Auth, type AuthContext } from '../auth/auth-context';
import { CancelSessionDto, EditionStatusDto, RescheduleSessionDto, UpdateEditionDto } from './dto/edition.dto';
import { EditionsService } from './editions.service';

@ApiTags('editions')
@Controller('editions')
export class EditionsController {
  constructor(private readonly editions: EditionsService) {}

  /** The admin overview: every edition with status, dates, enrolled/capacity and next session. */
  @AdminOnly()
  @Get()
  list(): Promise<EditionSummary[]> {
    return this.editions.list();
  }

  @AdminOnly()
  @Get(':editionId')
  detail(@IdParam('editionId') editionId: string): Promise<EditionDetail> {
    return this.editions.detail(editionId);
  }

  @AdminOnly()
  @Patch(':editionId')
  update(@IdParam('editionId') editionId: string, @Body() dto: UpdateEditionDto): Promise<EditionDetail> {
    return this.editions.update(editionId, dto);
  }

  @AdminOnly()
  @Post(':editionId/status')
  @HttpCode(200)
  changeStatus(@IdParam('editionId') editionId: string, @Body() dto: EditionStatusDto): Promise<EditionDetail> {
    return this.editions.changeStatus(editionId, dto.status);
  }

  /** Settings to open the next edition like this one. */
  @AdminOnly()
  @Get(':editionId/copy-settings')
  copySettings(@IdParam('editionId') editionId: string): Promise<EditionCopySettings> {
    return this.editions.copySettings(editionId);
  }

  @Get(':editionId/sessions')
  sessions(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<EditionSession[]> {
    return this.editions.sessionsOf(auth, editionId);
  }

  @AdminOnly()
  @Patch(':editionId/sessions/:sessionId')
  reschedule(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() dto: RescheduleSessionDto,
  ): Promise<EditionSession> {
    return this.editions.reschedule(auth, editionId, sessionId, dto);
  }

  @AdminOnly()
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

  @AdminOnly()
  @Get(':editionId/sessions/:sessionId/changes')
  changes(@IdParam('editionId') editionId: string, @IdParam('sessionId') sessionId: string): Promise<SessionChangeEntry[]> {
    return this.editions.changes(editionId, sessionId);
  }
}
