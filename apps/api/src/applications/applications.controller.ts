import { APPLICATION_CONFIRM_PATH, type ApplicationConfirmation, DIRECTOR_COMMITMENT_PATH, type DirectorCommitmentAnswer } from '@koers/shared/applications';
import { LOCALES, type Locale } from '@koers/shared/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNotFoundResponse, ApiQuery, ApiTags, ApiTooManyRequestsResponse, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsBody } from '../app/body-type.guard';
import { IdParam } from '../app/id-param';
import { HTML_PAGE_ANSWER, INVALID_LINK_PAGE, sendLinkPage } from '../app/html-page';
import { FileAnswer } from '../app/openapi';
import { LinkTokenQueryDto } from '../app/link-token-query.dto';
import { PageLocale, RequestLocale } from '../app/request-locale';
import { Public } from '../auth/auth-context';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import {
  renderApplicationReceivedPage,
  renderConfirmPage,
  renderDirectorAnsweredPage,
  renderDirectorPage,
} from './application-pages';
import { ApplicationFormRefusedFilter } from './application-form-refused.filter';
import { LinkPageForm } from './application-link-form-refused.filter';
import { ApplicationLinkInvalidError } from './applications.errors';
import { ApplicationsService } from './applications.service';
import { DirectorCommitmentFormDto } from './dto/application-link.dto';
import { ApplicationConfirmDto, ApplicationDto, ApplicationFormDto, DirectorCommitmentDto } from './dto/application.dto';

const FORM = 'application/x-www-form-urlencoded';

/** Per client address here, before anything is read; per email address in ApplicationsService.apply, once the form is valid. */
const APPLICATION_LIMITS = [{ rule: RATE_LIMITS.applicationAddress, subject: ['address'] }] as const;

/**
 * Applying without an account (JSON under /api) and the pages behind the links in its mails (HTML outside /api, whose
 * forms post back to the page's own address, so that /api takes JSON only).
 */
@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Public()
  @Post('public/editions/:id/applications')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always the same empty answer: whether the application was stored, dropped as spam or a repeat is not told.' })
  @RateLimit(APPLICATION_LIMITS)
  async apply(@IdParam('id') editionId: string, @Body() dto: ApplicationDto, @RequestLocale() locale: Locale): Promise<void> {
    await this.applications.apply(editionId, dto, locale);
  }

  /** Outside /api (create-app.ts): the public page's form, answered with a page (the same one whatever happened). */
  @Public()
  @Post('programmas/:slug/aanmelden')
  @HttpCode(202)
  @AcceptsBody(FORM)
  @ApiAcceptedResponse({ ...HTML_PAGE_ANSWER, description: 'Always the same page: whether the application was stored, dropped as spam or a repeat is not told.' })
  @ApiNotFoundResponse({ ...HTML_PAGE_ANSWER, description: 'The edition takes no applications: a page saying so.' })
  @ApiBadRequestResponse({ ...HTML_PAGE_ANSWER, description: 'A field not filled in correctly, or the form left open longer than a day: a page saying why, naming each field, with a link back.' })
  @ApiUnsupportedMediaTypeResponse({ ...HTML_PAGE_ANSWER, description: 'Not posted as a form: a page saying so, with a link back.' })
  @ApiTooManyRequestsResponse({ ...HTML_PAGE_ANSWER, description: 'Too many applications from this address or for this email address: a page saying how long to wait.' })
  @ApiQuery({ name: 'lang', required: false, enum: LOCALES, description: "The language of the page that posted (its answer's and the application's); left out, the browser's preference." })
  @RateLimit(APPLICATION_LIMITS)
  @UseFilters(ApplicationFormRefusedFilter)
  async applyWithForm(@Param('slug') slug: string, @Body() dto: ApplicationFormDto, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const { editionId, ...application } = dto;
    await this.applications.apply(editionId, application, locale, slug);
    void reply.status(202).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderApplicationReceivedPage(locale));
  }

  @Public()
  @Post('public/applications/confirm')
  @HttpCode(200)
  confirm(@Body() dto: ApplicationConfirmDto): Promise<ApplicationConfirmation> {
    return this.applications.confirm(dto.token);
  }

  @Public()
  @Post('public/director-commitments')
  @HttpCode(200)
  answerDirector(@Body() dto: DirectorCommitmentDto): Promise<DirectorCommitmentAnswer> {
    return this.applications.answerDirector(dto.token, dto.commit, dto.reason);
  }

  /** Outside /api (create-app.ts): the confirmation link's page, with the button that confirms. */
  @Public()
  @Get(APPLICATION_CONFIRM_PATH.slice(1))
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  async confirmPage(@Query() query: LinkTokenQueryDto, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await sendLinkPage(reply, locale, ApplicationLinkInvalidError, async () => {
      const application = await this.applications.byConfirmLink(query.token ?? '');
      return renderConfirmPage(application, query.token ?? '', false, this.applications.withdrawPath(application.id));
    });
  }

  @Public()
  @Post(APPLICATION_CONFIRM_PATH.slice(1))
  @HttpCode(200)
  @AcceptsBody(FORM)
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  @LinkPageForm()
  async confirmForm(@Body() dto: ApplicationConfirmDto, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await sendLinkPage(reply, locale, ApplicationLinkInvalidError, async () => {
      await this.applications.confirm(dto.token);
      const application = await this.applications.byConfirmLink(dto.token);
      return renderConfirmPage(application, dto.token, true, this.applications.withdrawPath(application.id));
    });
  }

  /** Outside /api: the director's link's page, with the board meetings and the two answers. */
  @Public()
  @Get(DIRECTOR_COMMITMENT_PATH.slice(1))
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  async directorPage(@Query() query: LinkTokenQueryDto, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await sendLinkPage(reply, locale, ApplicationLinkInvalidError, async () => {
      const { application, boardMeetings } = await this.applications.directorPage(query.token ?? '');
      return renderDirectorPage(application, boardMeetings, query.token ?? '');
    });
  }

  @Public()
  @Post(DIRECTOR_COMMITMENT_PATH.slice(1))
  @HttpCode(200)
  @AcceptsBody(FORM)
  @FileAnswer('text/html')
  @ApiNotFoundResponse(INVALID_LINK_PAGE)
  @LinkPageForm()
  async directorForm(@Body() dto: DirectorCommitmentFormDto, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await sendLinkPage(reply, locale, ApplicationLinkInvalidError, async () => {
      await this.applications.answerDirector(dto.token, dto.commit === 'true', dto.reason);
      return renderDirectorAnsweredPage(await this.applications.byDirectorLink(dto.token));
    });
  }

}
