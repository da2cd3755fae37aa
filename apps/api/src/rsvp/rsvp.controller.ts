import { LOCALES, type Locale } from '@koers/shared/domain';
import type { Rsvp, RsvpSessionSummary, SessionRsvpOverview } from '@koers/shared/rsvp';
import { Body, Controller, Get, Headers, Param, Put, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthContext } from '../auth/auth-context';
import { localeFromAcceptLanguage } from '../errors/localized';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { RsvpDto, SessionParamsDto } from './dto/rsvp.dto';
import { RsvpService } from './rsvp.service';

class CsvQueryDto {
  /** A download link cannot set Accept-Language, so the web app passes its UI language here. */
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

@ApiTags('rsvp')
@Controller()
export class RsvpController {
  constructor(private readonly rsvpService: RsvpService) {}

  /** Naming a delegate invites them: counted like any invitation. */
  @Put('sessions/:id/rsvp')
  @RateLimit([
    { rule: RATE_LIMITS.invitationAddress, subject: ['address'], onlyWith: 'body:delegateEmail' },
    { rule: RATE_LIMITS.invitationTarget, subject: ['body:delegateEmail'], onlyWith: 'body:delegateEmail' },
  ])
  answer(@Auth() auth: AuthContext, @Param() params: SessionParamsDto, @Body() dto: RsvpDto): Promise<Rsvp> {
    return this.rsvpService.answer(auth, params.id, dto);
  }

  @Get('rsvp-overview')
  overview(@Auth() auth: AuthContext): Promise<RsvpSessionSummary[]> {
    return this.rsvpService.overview(auth);
  }

  @Get('sessions/:id/rsvps')
  sessionOverview(@Auth() auth: AuthContext, @Param() params: SessionParamsDto): Promise<SessionRsvpOverview> {
    return this.rsvpService.sessionOverview(auth, params.id);
  }

  @Get('sessions/:id/rsvps.csv')
  @ApiProduces('text/csv')
  async sessionOverviewCsv(
    @Auth() auth: AuthContext,
    @Param() params: SessionParamsDto,
    @Query() query: CsvQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const locale = query.lang ?? localeFromAcceptLanguage(acceptLanguage);
    const { fileName, csv } = await this.rsvpService.sessionOverviewCsv(auth, params.id, locale);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }
}
