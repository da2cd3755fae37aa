import { publicProgrammePath } from '@koers/shared/applications';
import { HTML_PAGE_ANSWER } from '../app/html-page';
import type { PublicProgramme } from '@koers/shared/applications';
import { LOCALES, type Locale } from '@koers/shared/domain';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { FileAnswer } from '../app/openapi';
import { PageLocale } from '../app/request-locale';
import { Public } from '../auth/auth-context';
import { ProgrammeNotPublicError } from './applications.errors';
import { renderProgrammeNotFoundPage, renderPublicProgrammePage } from './public-programme-page';
import { PublicProgrammesService } from './public-programmes.service';

/** A programme's public page, for anyone: as JSON under /api, and as server-rendered HTML at `/programmas/<slug>`. */
@ApiTags('applications')
@Controller()
export class PublicProgrammesController {
  constructor(
    private readonly programmes: PublicProgrammesService,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  @Public()
  @Get('public/programmes/:slug')
  programme(@Param('slug') slug: string): Promise<PublicProgramme> {
    return this.programmes.programme(slug);
  }

  /**
   * Outside /api (create-app.ts): the address people share. Places left change, so caches keep it a minute at most;
   * without `?lang=` its language follows Accept-Language, so caches keep one copy per language.
   */
  @Public()
  @Get('programmas/:slug')
  @FileAnswer('text/html')
  @ApiQuery({ name: 'lang', required: false, enum: LOCALES, description: "The page's language; left out, the browser's preference (Dutch by default)." })
  @ApiNotFoundResponse({ ...HTML_PAGE_ANSWER, description: 'No programme has a public page at this slug: a page saying so.' })
  async page(@Param('slug') slug: string, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60').header('vary', 'accept-language');
    try {
      const programme = await this.programmes.programme(slug);
      void reply.send(renderPublicProgrammePage(programme, `${this.config.publicUrl}${publicProgrammePath(programme.slug)}`, this.config.programmeOffice, this.config.applicationRetentionMonths, locale));
    } catch (error) {
      if (!(error instanceof ProgrammeNotPublicError)) throw error;
      void reply.status(404).header('cache-control', 'no-store').send(renderProgrammeNotFoundPage(locale));
    }
  }
}
