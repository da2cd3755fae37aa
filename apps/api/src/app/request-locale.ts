import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { localeFromAcceptLanguage } from '../errors/localized';

/** The reader's language (Accept-Language, Dutch by default), for texts a response carries besides errors. */
export const RequestLocale = createParamDecorator((_: unknown, context: ExecutionContext) =>
  localeFromAcceptLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);
