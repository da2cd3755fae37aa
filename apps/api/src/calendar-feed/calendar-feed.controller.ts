import type { Locale } from '@koers/shared/domain';
import type { CalendarLinks } from '@koers/shared/schedule';
import { Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
import { Auth, type AuthContext, Public } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { attachmentDisposition } from '../files/file-storage';
import type { CalendarDocument } from './calendar-feed.service';
import { CalendarFeedService } from './calendar-feed.service';

@ApiTags('calendar')
@Controller()
export class CalendarFeedController {
  constructor(private readonly calendarFeedService: CalendarFeedService) {}

  /** The secret feed address, made on first use. */
  @Get('me/calendar')
  links(@Auth() auth: AuthContext): Promise<CalendarLinks> {
    return this.calendarFeedService.links(auth);
  }

  /** A new address; the old one answers 404 from now on. */
  @Post('me/calendar/reset')
  @HttpCode(200)
  reset(@Auth() auth: AuthContext): Promise<CalendarLinks> {
    return this.calendarFeedService.reset(auth);
  }

  /** The feed itself: `GET /api/calendar/<token>.ics`, without a session cookie; the token is the credential. */
  @Public()
  @Get('calendar/:file')
  @FileAnswer('text/calendar')
  async feed(@Param('file') file: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, await this.calendarFeedService.feed(file), ifNoneMatch);
  }

  @Get('sessions/:id/calendar.ics')
  @FileAnswer('text/calendar')
  async sessionEvent(
    @Auth() auth: AuthContext,
    @IdParam('id') id: string,
    @RequestLocale() locale: Locale,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const document = await this.calendarFeedService.sessionEvent(auth, id, locale);
    void reply.header('content-disposition', attachmentDisposition(document.fileName));
    return send(reply, document, ifNoneMatch);
  }
}

/**
 * Answers 304 without a body when the client already has this version. The tag is weak: the same calendar goes out
 * compressed or not, and a strong tag would promise the same bytes for both.
 */
function send(reply: FastifyReply, document: CalendarDocument, ifNoneMatch: string | undefined): string {
  void reply.header('etag', `W/${document.etag}`).header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-cache');
  const known = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (known.includes(document.etag) || known.includes('*')) {
    void reply.status(304);
    return '';
  }
  return document.body;
}
