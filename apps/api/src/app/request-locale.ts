import { LOCALES, type Locale } from '@koers/shared/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { localeFromAcceptLanguage } from '../errors/localized';

/** The reader's language (Accept-Language, Dutch by default), for texts a response carries besides errors. */
export const RequestLocale = createParamDecorator((_: unknown, context: ExecutionContext) =>
  localeFromAcceptLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);

/**
 * A server-rendered page's language: the one its address names (`?lang=en`, from the page's language link or a
 * form it posted), else the browser's preference. A shared link then opens in the language it was shared in.
 */
export function pageLocale(request: FastifyRequest): Locale {
  const named = (request.query as Record<string, unknown> | undefined)?.lang;
  return LOCALES.find((locale) => locale === named) ?? localeFromAcceptLanguage(request.headers['accept-language']);
}

/** `pageLocale` as a handler's parameter. */
export const PageLocale = createParamDecorator((_: unknown, context: ExecutionContext) => pageLocale(context.switchToHttp().getRequest<FastifyRequest>()));
