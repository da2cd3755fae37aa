import { publicProgrammePath } from '@koers/shared/applications';
import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendRefusalPage } from '../app/html-page';
import { KoersError } from '../errors/koers-error';
import { pageLocale } from '../app/request-locale';
import { renderApplicationRefusedPage } from './application-pages';
import { inLanguage } from './public-programme-page';

/**
 * A browser posts the public page's form, so whatever refuses it (a field the browser let through, such as an address
 * without a dot or a name of spaces; the rate limit; a closed edition) answers with a page that says why and leads
 * back, not with the API's JSON. Anything else is the global ErrorFilter's.
 */
@Catch(KoersError)
export class ApplicationFormRefusedFilter implements ExceptionFilter<KoersError> {
  catch(error: KoersError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest<{ Params: { slug?: string } }>>();
    const locale = pageLocale(request);
    sendRefusalPage(
      host.switchToHttp().getResponse<FastifyReply>(),
      error,
      renderApplicationRefusedPage(locale, error.localizedMessage[locale], inLanguage(publicProgrammePath(request.params.slug ?? ''), locale), error.fields),
    );
  }
}
