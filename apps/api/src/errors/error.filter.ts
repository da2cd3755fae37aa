import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiErrorBody } from '@koers/shared/api';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KoersError, NotAuthenticatedError } from './koers-error';
import { type Localized, localeFromAcceptLanguage } from './localized';

const STATUS_MESSAGES: Record<number, { code: string; message: Localized }> = {
  400: { code: 'bad_request', message: { nl: 'De gegevens konden niet worden gelezen.', en: 'The request could not be read.' } },
  404: { code: 'not_found', message: { nl: 'Niet gevonden.', en: 'Not found.' } },
  405: { code: 'method_not_allowed', message: { nl: 'Deze actie is hier niet toegestaan.', en: 'This action is not allowed here.' } },
  406: { code: 'not_acceptable', message: { nl: 'Dit formaat wordt niet ondersteund.', en: 'This format is not supported.' } },
  408: { code: 'request_timeout', message: { nl: 'Het verzoek kwam niet op tijd binnen. Probeer het opnieuw.', en: 'The request did not arrive in time. Please try again.' } },
  413: { code: 'payload_too_large', message: { nl: 'Het verzoek of bestand is te groot.', en: 'The request or file is too large.' } },
  414: { code: 'uri_too_long', message: { nl: 'Het adres is te lang.', en: 'The address is too long.' } },
  415: {
    code: 'unsupported_media_type',
    message: { nl: 'Dit soort inhoud wordt niet geaccepteerd.', en: 'This type of content is not accepted.' },
  },
  429: { code: 'too_many_requests', message: { nl: 'Te veel verzoeken. Probeer het later opnieuw.', en: 'Too many requests. Try again later.' } },
  431: {
    code: 'headers_too_large',
    message: {
      nl: 'De kopregels van het verzoek zijn te groot, meestal door te veel cookies. Verwijder de cookies van deze site en probeer het opnieuw.',
      en: 'The request headers are too large, usually because of too many cookies. Delete the cookies of this site and try again.',
    },
  },
};

/** PostgreSQL unreachable or restarting: the request may succeed in a moment, so 503 rather than 500. */
const DATABASE_UNAVAILABLE: { code: string; message: Localized } = {
  code: 'database_unavailable',
  message: {
    nl: 'Koers kan de database even niet bereiken. Probeer het over een minuut opnieuw.',
    en: 'Koers cannot reach its database right now. Please try again in a minute.',
  },
};

/** Connection errors of the pg driver and PostgreSQL's own "shutting down / starting up" codes. */
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006']);
const CONNECTION_ERROR_MESSAGES = /Connection terminated|not currently accepting connections|the database system is (starting up|shutting down)/;

function isDatabaseUnavailable(exception: unknown): boolean {
  const error = exception as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = error?.driverError?.code ?? error?.code;
  return (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) || CONNECTION_ERROR_MESSAGES.test(String(error?.message ?? ''));
}

/** Every database connection stayed busy for KOERS_DB_WAIT_SECONDS (pg-pool's wording): the load may pass, so 503 too. */
const DATABASE_BUSY: { code: string; message: Localized } = {
  code: 'database_busy',
  message: {
    nl: 'Koers heeft het even te druk. Probeer het over een minuut opnieuw.',
    en: 'Koers is too busy right now. Please try again in a minute.',
  },
};

/**
 * The database refused to store what the caller wrote because they were erased while the request ran (the
 * WritesOfErasedPeople migration's triggers, which name the author): their session is gone, so the answer is the one
 * it gets from now on. Refused for someone else's account, it stays an error of Koers' own.
 */
const isWriteOfErasedCaller = (exception: unknown, request: FastifyRequest) => {
  const driverError = (exception as { driverError?: { code?: unknown; message?: unknown } })?.driverError;
  return driverError?.code === 'KO001' && !!request.auth && String(driverError.message).includes(request.auth.personId);
};

const isDatabaseBusy = (exception: unknown) => /^timeout exceeded when trying to connect$/.test(String((exception as { message?: unknown })?.message ?? ''));

const INTERNAL: { code: string; message: Localized } = {
  code: 'internal_error',
  message: {
    nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, neem dan contact op met het programmabureau.',
    en: 'Something went wrong on our side. Please try again; if it keeps happening, contact the programme office.',
  },
};

/** The one place where errors become HTTP responses, all with the same body shape and in the requester's language. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly spaFallback: (request: FastifyRequest, reply: FastifyReply) => boolean) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.reply(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }

  /** Also for the errors Fastify's router raises before Nest sees the request (a malformed or overlong URL). */
  reply(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const exception = isWriteOfErasedCaller(error, request) ? new NotAuthenticatedError() : error;

    if (exception instanceof KoersError) {
      void reply.headers(exception.headers);
      this.send(reply, request, {
        statusCode: exception.status,
        error: exception.code,
        message: exception.localizedMessage[locale],
        ...(exception.fields && { fields: exception.fields.map((f) => ({ field: f.field, message: f.message[locale] })) }),
        ...(exception.details && { details: exception.details }),
      });
      return;
    }

    const unavailable = isDatabaseBusy(exception) ? DATABASE_BUSY : isDatabaseUnavailable(exception) ? DATABASE_UNAVAILABLE : undefined;
    if (unavailable) {
      this.logger.warn({ msg: 'Database unavailable', requestId: request.id, error: describe(exception) });
      this.send(reply, request, { statusCode: 503, error: unavailable.code, message: unavailable.message[locale] });
      return;
    }
    const status = statusOf(exception);
    if (status === 404 && this.spaFallback(request, reply)) return;
    const known = status < 500 ? STATUS_MESSAGES[status] : undefined;
    if (!known) this.logger.error({ msg: 'Unhandled error', requestId: request.id, error: describe(exception) });
    const { code, message } = known ?? INTERNAL;
    this.send(reply, request, { statusCode: known ? status : 500, error: code, message: message[locale] });
  }

  private send(reply: FastifyReply, request: FastifyRequest, body: ApiErrorBody) {
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send({ ...body, requestId: request.id });
  }
}

/** Nest's HttpExceptions and Fastify's own errors (a body too large, a URL the router cannot read) carry their status differently. */
function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const statusCode = (exception as { statusCode?: unknown })?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : 500;
}

function describe(exception: unknown) {
  return exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : exception;
}

/**
 * Node's answer to a request it could not even read (headers too large, malformed, too slow): Fastify's handler
 * writes its own English body there, before any route, hook or header is known. This one writes Koers' error body in
 * Dutch (the language asked for is among the headers that could not be read), then closes the connection as Node does.
 */
export function answerUnreadableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const { code, message } = STATUS_MESSAGES[status];
  const body: ApiErrorBody = { statusCode: status, error: code, message: message.nl, requestId: randomUUID() };
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Content-Language: nl\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}
