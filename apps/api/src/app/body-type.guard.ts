import { applyDecorators, type CanActivate, createParamDecorator, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ContentEncodingNotAcceptedError, UnsupportedMediaTypeError } from '../errors/koers-error';

const JSON_ONLY = ['application/json'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const ACCEPTED_BODY = 'koers:accepted-body';

/**
 * A body its parser could not take (JSON that does not parse, a form that is no UTF-8), held as the body until the
 * route is known: a route that does not take that type refuses it as any such body (415, naming what it takes, as the
 * enrolment import does for a CSV sent as JSON), one that does with this refusal.
 */
export class UnreadableBody {
  constructor(readonly refusal: Error) {}
}

/** The route takes these body types instead of JSON; documented in the OpenAPI description from the same list. */
export const AcceptsBody = (...mediaTypes: string[]) => applyDecorators(SetMetadata(ACCEPTED_BODY, mediaTypes), ApiConsumes(...mediaTypes));

/**
 * Takes request bodies only as JSON, or as what the route declares with `@AcceptsBody` (multipart on uploads, CSV on
 * the enrolment import), so the documentation and the rule cannot differ. A form post or text body (which a page on
 * another site can send without asking) is refused with 415 before any guard, pipe or handler reads it.
 */
@Injectable()
export class BodyTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method) || !hasBody(request)) return true;
    refuseEncodedBody(request);
    const mediaType = mediaTypeOf(request);
    const accepted = this.reflector.get<string[] | undefined>(ACCEPTED_BODY, context.getHandler()) ?? JSON_ONLY;
    if (!accepted.includes(mediaType)) throw new UnsupportedMediaTypeError(accepted);
    if (request.body instanceof UnreadableBody) throw request.body.refusal;
    return true;
  }
}

/**
 * A body is read as sent: a compressed one (`Content-Encoding: gzip`) would read as garbage (an enrolment file told to
 * be saved as "CSV UTF-8"), and unpacked it would escape every size limit, so it is refused, by the JSON parser before
 * it reads (`json-body.ts`), and by this guard for every other body type.
 */
export function refuseEncodedBody(request: FastifyRequest): void {
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') throw new ContentEncodingNotAcceptedError();
}

/** The body's media type without parameters: `text/csv; charset=utf-8` is `text/csv`. */
function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** The media type the body was sent as, on a route that accepts more than one (the guard has checked it). */
export const BodyMediaType = createParamDecorator((_: unknown, context: ExecutionContext): string => mediaTypeOf(context.switchToHttp().getRequest<FastifyRequest>()));

/** A body is there when the client says so: a content type, a length above zero, or chunked transfer. */
function hasBody(request: FastifyRequest): boolean {
  const { headers } = request;
  return headers['content-type'] !== undefined || Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined;
}
