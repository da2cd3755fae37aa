import type { ApplicationDetail, ApplicationsPage } from '@koers/shared/applications';
import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { ApplicationSelectionService } from './application-selection.service';
import { AcceptApplicationDto, ApplicationsQueryDto, DeclineApplicationDto } from './dto/application-selection.dto';

/** Selection by the programme office: an edition's applications, each in full, the three decisions, and erasing one. */
@ApiTags('applications')
@Controller()
export class ApplicationSelectionController {
  constructor(private readonly selection: ApplicationSelectionService) {}

  @Get('editions/:editionId/applications')
  list(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Query() query: ApplicationsQueryDto): Promise<ApplicationsPage> {
    return this.selection.list(auth, editionId, query);
  }

  @Get('applications/:id')
  detail(@Auth() auth: AuthContext, @IdParam('id') applicationId: string): Promise<ApplicationDetail> {
    return this.selection.detail(auth, applicationId);
  }

  @Post('applications/:id/accept')
  @HttpCode(200)
  accept(@Auth() auth: AuthContext, @IdParam('id') applicationId: string, @Body() dto: AcceptApplicationDto): Promise<ApplicationDetail> {
    return this.selection.accept(auth, applicationId, dto.confirmOverCapacity === true);
  }

  @Post('applications/:id/waitlist')
  @HttpCode(200)
  waitlist(@Auth() auth: AuthContext, @IdParam('id') applicationId: string): Promise<ApplicationDetail> {
    return this.selection.waitlist(auth, applicationId);
  }

  /** Erases the application with its mails (AVG/GDPR), at the applicant's or their director's request; 204. */
  @Delete('applications/:id')
  @HttpCode(204)
  erase(@Auth() auth: AuthContext, @IdParam('id') applicationId: string): Promise<void> {
    return this.selection.erase(auth, applicationId);
  }

  @Post('applications/:id/decline')
  @HttpCode(200)
  decline(@Auth() auth: AuthContext, @IdParam('id') applicationId: string, @Body() dto: DeclineApplicationDto): Promise<ApplicationDetail> {
    return this.selection.decline(auth, applicationId, dto.message);
  }
}
