import type { Locale } from '@koers/shared/domain';
import type { Rsvp, RsvpSessionSummary, SessionRsvpOverview } from '@koers/shared/rsvp';
import { Body, Controller, Get, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ExportFormat, ExportFormatParam, ExportQueryDto, ExportRoute, exportDownload } from '../app/export';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { ClientAddress } from '../rate-limits/client-address';
import { RsvpDto } from './dto/rsvp.dto';
import { RsvpService } from './rsvp.service';

@ApiTags('rsvp')
@Controller()
export class RsvpController {
  constructor(private readonly rsvpService: RsvpService) {}

  /** Naming a new delegate invites them: counted like any invitation (see InvitationsService). */
  @Put('sessions/:id/rsvp')
  answer(@Auth() auth: AuthContext, @IdParam('id') sessionId: string, @Body() dto: RsvpDto, @ClientAddress() address: string): Promise<Rsvp> {
    return this.rsvpService.answer(auth, sessionId, dto, address);
  }

  @Get('rsvp-overview')
  overview(@Auth() auth: AuthContext): Promise<RsvpSessionSummary[]> {
    return this.rsvpService.overview(auth);
  }

  @Get('sessions/:id/rsvps')
  sessionOverview(@Auth() auth: AuthContext, @IdParam('id') sessionId: string): Promise<SessionRsvpOverview> {
    return this.rsvpService.sessionOverview(auth, sessionId);
  }

  @Get('sessions/:id/rsvps.:format')
  @ExportRoute()
  async sessionOverviewExport(
    @Auth() auth: AuthContext,
    @IdParam('id') sessionId: string,
    @ExportFormatParam() format: ExportFormat,
    @Query() query: ExportQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<StreamableFile> {
    return exportDownload(await this.rsvpService.sessionOverviewExport(auth, sessionId, query.lang ?? locale), format);
  }
}
