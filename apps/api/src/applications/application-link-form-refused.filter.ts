import { LOCALES } from '@koers/shared/domain';
import { applyDecorators, type ArgumentsHost, Catch, type ExceptionFilter, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiQuery, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HTML_PAGE_ANSWER, sendRefusalPage } from '../app/html-page';
import { pageLocale } from '../app/request-locale';
import { KoersError } from '../errors/koers-error';
import { renderLinkFormRefusedPage } from './application-pages';

/**
 * The forms behind the links in application mails (confirm, the director's answer, withdraw) are posted by a browser:
 * what refuses them before their handler (a reason too long for a browser that ignored `maxlength`, a field missing)
 * answers with a page in the language the page was shown in (its form posts `?lang=`), leading back to the link's
 * page, never the API's JSON. An invalid link is the handler's own page (sendLinkPage).
 */
@Catch(KoersError)
export class ApplicationLinkFormRefusedFilter implements ExceptionFilter<KoersError> {
  catch(error: KoersError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const locale = pageLocale(request);
    const token = (request.body as Record<string, unknown> | undefined)?.token;
    const back = `${request.url.split('?')[0]}?${new URLSearchParams({ ...(typeof token === 'string' && { token }), lang: locale })}`;
    sendRefusalPage(host.switchToHttp().getResponse<FastifyReply>(), error, renderLinkFormRefusedPage(locale, error.localizedMessage[locale], back, error.fields));
  }
}

/** A link page's form route: refusals as pages (the filter above), and so described in the OpenAPI document. */
export const LinkPageForm = () =>
  applyDecorators(
    UseFilters(ApplicationLinkFormRefusedFilter),
    ApiBadRequestResponse({ ...HTML_PAGE_ANSWER, description: 'A field missing or too long: a page saying why, naming each field, with a link back to the link\'s page.' }),
    ApiUnsupportedMediaTypeResponse({ ...HTML_PAGE_ANSWER, description: 'Not posted as a form: a page saying so, with a link back.' }),
    ApiQuery({ name: 'lang', required: false, enum: LOCALES, description: "The language of the page that posted, for a refusal's page; left out, the browser's preference." }),
  );
