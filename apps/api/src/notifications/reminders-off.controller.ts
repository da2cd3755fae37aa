import type { Locale } from '@koers/shared/domain';
import { MY_SETTINGS_PATH, REMINDERS_OFF_PATH } from '@koers/shared/notifications';
import { Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsBody } from '../app/body-type.guard';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { INVALID_LINK_PAGE, sendLinkPage } from '../app/html-page';
import { LinkTokenQueryDto } from '../app/link-token-query.dto';
import { FileAnswer } from '../app/openapi';
import { RequestLocale } from '../app/request-locale';
import { Public } from '../auth/auth-context';
import { RemindersLinkInvalidError } from './notifications.errors';
import { renderRemindersOffPage } from './reminders-off-pages';
import { RemindersOffService } from './reminders-off.service';

/**
 * The link in every reminder's `List-Unsubscribe` header, outside /api: its page (opening it changes nothing: mail
 * scanners open links), and the post that switches the reminders off, from the page's button or a mail program's
 * one-click request (RFC 8058, body `List-Unsubscribe=One-Click`; the token is in the address).
 */
@ApiTags('me')
@Controller()
export class RemindersOffController {
  private readonly settingsUrl: string;

  constructor(
    private readonly remindersOff: RemindersOffService,
    @Inject(KOERS_CONFIG) config: KoersConfig,
  ) {
    this.settingsUrl = `${config.publicUrl}${MY_SETTINGS_PATH}`;
  }

  @Public()
  @Get(REMINDERS_OFF_PATH.slice(1))
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  async page(@Query() query: LinkTokenQueryDto, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const token = query.token ?? '';
    await sendLinkPage(reply, locale, RemindersLinkInvalidError, async () => renderRemindersOffPage(await this.remindersOff.holder(token), token, this.settingsUrl, false));
  }

  @Public()
  @Post(REMINDERS_OFF_PATH.slice(1))
  @HttpCode(200)
  @AcceptsBody('application/x-www-form-urlencoded', 'multipart/form-data')
  @ApiBody({
    description: 'What a mail program sends for a one-click unsubscribe (RFC 8058), as the page\'s button does; the token is in the address.',
    schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] } } },
  })
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  async turnOff(@Query() query: LinkTokenQueryDto, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const token = query.token ?? '';
    await sendLinkPage(reply, locale, RemindersLinkInvalidError, async () => renderRemindersOffPage(await this.remindersOff.turnOff(token), token, this.settingsUrl, true));
  }
}
