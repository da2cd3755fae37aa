import type { Locale } from '@koers/shared/domain';
import { MY_SETTINGS_PATH, REMINDERS_OFF_PATH } from '@koers/shared/notifications';
import { Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsBody } from '../app/body-type.guard';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { LinkTokenQueryDto } from '../app/link-token-query.dto';
import { FileAnswer } from '../app/openapi';
import { RequestLocale } from '../app/request-locale';
import { Public } from '../auth/auth-context';
import { RemindersLinkInvalidError } from './notifications.errors';
import { INVALID_REMINDERS_LINK_PAGE, renderRemindersLinkInvalidPage, renderRemindersOffPage } from './reminders-off-pages';
import { type RemindersLinkHolder, RemindersOffService } from './reminders-off.service';

/**
 * The link in every reminder's `List-Unsubscribe` header, outside /api: its page (opening it changes nothing: mail
 * scanners open links), and the post that switches the reminders off, from the page's button or a mail program's
 * one-click request (RFC 8058, body `List-Unsubscribe=One-Click`; the token is in the address).
 */
@ApiTags('me')
@Controller()
export class RemindersOffController {
  constructor(
    private readonly remindersOff: RemindersOffService,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  @Public()
  @Get(REMINDERS_OFF_PATH.slice(1))
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_REMINDERS_LINK_PAGE)
  async page(@Query() query: LinkTokenQueryDto, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await this.html(reply, locale, query.token ?? '', (token) => this.remindersOff.holder(token), false);
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
  @ApiNotFoundResponse(INVALID_REMINDERS_LINK_PAGE)
  async turnOff(@Query() query: LinkTokenQueryDto, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await this.html(reply, locale, query.token ?? '', (token) => this.remindersOff.turnOff(token), true);
  }

  /** A page that holds a personal link: never cached, and a link that does not work gets a page saying so (404). */
  private async html(reply: FastifyReply, locale: Locale, token: string, holderOf: (token: string) => Promise<RemindersLinkHolder>, done: boolean): Promise<void> {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    try {
      void reply.send(renderRemindersOffPage(await holderOf(token), token, `${this.config.publicUrl}${MY_SETTINGS_PATH}`, done));
    } catch (error) {
      if (!(error instanceof RemindersLinkInvalidError)) throw error;
      void reply.status(404).send(renderRemindersLinkInvalidPage(locale, error.localizedMessage[locale]));
    }
  }
}
