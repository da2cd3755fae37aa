import type { Locale } from '@koers/shared/domain';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FileAnswer } from '../app/openapi';
import { Public } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { CompletionService } from './completion.service';
import { sendLinkedData } from './linked-data';
import { renderVerificationPage } from './verification-page';

/**
 * `GET /verify/:code`, outside /api: the address printed on every certificate, and the id of its Open Badges 2.0
 * assertion (hosted verification). Browsers get an HTML page; programs that ask for JSON-LD or JSON get the
 * assertion. It answers 404 when no certificate carries the code.
 */
@ApiTags('completion')
@Controller('verify')
export class VerificationController {
  constructor(private readonly completion: CompletionService) {}

  @Public()
  @Get(':code')
  @RateLimit([{ rule: RATE_LIMITS.verifyAddress, subject: ['address'] }])
  @FileAnswer('text/html', 'application/ld+json', 'application/json')
  @ApiNotFoundResponse({
    description: 'No certificate carries the code: the page saying so, or `{ genuine: false }`.',
    content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'object' } } },
  })
  async verify(
    @Param('code') code: string,
    @Headers('accept') accept: string | undefined,
    @RequestLocale() locale: Locale,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    void reply.header('cache-control', 'no-store').header('vary', 'Accept, Accept-Language');
    if (prefersHtml(accept)) {
      const result = await this.completion.verify(code);
      void reply
        .status(result.genuine ? 200 : 404)
        .type('text/html; charset=utf-8')
        .send(renderVerificationPage(result, locale));
      return;
    }
    const assertion = await this.completion.hostedAssertion(code);
    if ('genuine' in assertion) void reply.status(404).type('application/json; charset=utf-8').send(assertion);
    else sendLinkedData(reply, accept, assertion);
  }
}

/** Browsers list text/html first; badge verifiers and API clients ask for JSON-LD or JSON, or send no preference. */
function prefersHtml(accept: string | undefined): boolean {
  const value = accept ?? '';
  const html = value.indexOf('text/html');
  const json = value.search(/application\/(ld\+)?json/);
  return html >= 0 && (json < 0 || html < json);
}
