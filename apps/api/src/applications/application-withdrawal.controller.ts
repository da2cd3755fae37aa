import { APPLICATION_WITHDRAW_PATH, type ApplicationWithdrawal } from '@koers/shared/applications';
import type { Locale } from '@koers/shared/domain';
import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsBody } from '../app/body-type.guard';
import { INVALID_LINK_PAGE, sendLinkPage } from '../app/html-page';
import { FileAnswer } from '../app/openapi';
import { LinkTokenQueryDto } from '../app/link-token-query.dto';
import { PageLocale } from '../app/request-locale';
import { Public } from '../auth/auth-context';
import { LinkPageForm } from './application-link-form-refused.filter';
import { renderWithdrawPage, WITHDRAWAL_CLOSED_PAGE } from './application-pages';
import { ApplicationSelectionService } from './application-selection.service';
import { ApplicationLinkInvalidError, ApplicationWithdrawalClosedError } from './applications.errors';
import { ApplicationWithdrawDto } from './dto/application-selection.dto';

/** The applicant withdraws through the link in their mails: JSON under /api, and the page behind the link (outside /api). */
@ApiTags('applications')
@Controller()
export class ApplicationWithdrawalController {
  constructor(private readonly selection: ApplicationSelectionService) {}

  @Public()
  @Post('public/applications/withdraw')
  @HttpCode(200)
  withdraw(@Body() dto: ApplicationWithdrawDto): Promise<ApplicationWithdrawal> {
    return this.selection.withdraw(dto.token);
  }

  /** The link's page: the application and a button; opening the link alone changes nothing (mail scanners open links). */
  @Public()
  @Get(APPLICATION_WITHDRAW_PATH.slice(1))
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  async page(@Query() query: LinkTokenQueryDto, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await sendLinkPage(reply, locale, ApplicationLinkInvalidError, async () => renderWithdrawPage(await this.selection.byWithdrawLink(query.token ?? ''), query.token ?? '', false));
  }

  @Public()
  @Post(APPLICATION_WITHDRAW_PATH.slice(1))
  @HttpCode(200)
  @AcceptsBody('application/x-www-form-urlencoded')
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  @ApiConflictResponse(WITHDRAWAL_CLOSED_PAGE)
  @LinkPageForm()
  async form(@Body() dto: ApplicationWithdrawDto, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await sendLinkPage(reply, locale, ApplicationLinkInvalidError, async () => {
      try {
        await this.selection.withdraw(dto.token);
      } catch (error) {
        // The edition started (perhaps since the page was opened): the page says whom to contact instead.
        if (!(error instanceof ApplicationWithdrawalClosedError)) throw error;
        void reply.status(409);
      }
      return renderWithdrawPage(await this.selection.byWithdrawLink(dto.token), dto.token, true);
    });
  }

}
