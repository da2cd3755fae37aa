import type { Locale } from '@koers/shared/domain';
import { type ArgumentsHost, Catch, Controller, type ExceptionFilter, Get, Headers, Param, Res, UseFilters } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FileAnswer } from '../app/openapi';
import { sendRefusalPage } from '../app/html-page';
import { Public } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { ErrorFilter } from '../errors/error.filter';
import { KoersError } from '../errors/koers-error';
import { localeFromAcceptLanguage } from '../errors/localized';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { CompletionService } from './completion.service';
import { sendLinkedData } from './linked-data';
import { renderVerificationPage, renderVerificationRefusedPage } from './verification-page';

/**
 * A browser that opens the link printed on a certificate gets a page for a refusal too (too many checks from one
 * address, as an HR department behind one address may reach), not the API's JSON, which programs still get.
 */
@Catch(KoersError)
class VerificationRefusedFilter implements ExceptionFilter<KoersError> {
  private readonly asJson = new ErrorFilter(() => false);

  catch(error: KoersError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (!prefersHtml(request.headers.accept)) return this.asJson.reply(error, request, reply);
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    sendRefusalPage(reply, error, renderVerificationRefusedPage(error.localizedMessage[locale], locale));
  }
}

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
  @UseFilters(VerificationRefusedFilter)
  @FileAnswer('text/html', 'application/ld+json', 'application/json')
  @ApiNotFoundResponse({
    description: 'No certificate carries the code: the page saying so, or `{ genuine: false }`.',
    content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'object' } } },
  })
  @ApiGoneResponse({
    description: 'The programme office withdrew the certificate: the page saying when and why, or the assertion with `revoked: true` and `revocationReason`.',
    content: { 'text/html': { schema: { type: 'string' } }, 'application/ld+json': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } },
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many checks from this address: a page saying how long to wait, or the error as JSON.',
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
        .status(result.genuine ? 200 : result.revoked ? 410 : 404)
        .type('text/html; charset=utf-8')
        .send(renderVerificationPage(result, locale));
      return;
    }
    const assertion = await this.completion.hostedAssertion(code);
    if ('genuine' in assertion) void reply.status(404).type('application/json; charset=utf-8').send(assertion);
    // Open Badges 2.0 hosted verification: a revoked assertion answers 410 Gone, saying `revoked` and why.
    else sendLinkedData(reply.status('revoked' in assertion ? 410 : 200), accept, assertion);
  }
}

/** Browsers list text/html first; badge verifiers and API clients ask for JSON-LD or JSON, or send no preference. */
function prefersHtml(accept: string | undefined): boolean {
  const value = accept ?? '';
  const html = value.indexOf('text/html');
  const json = value.search(/application\/(ld\+)?json/);
  return html >= 0 && (json < 0 || html < json);
}
