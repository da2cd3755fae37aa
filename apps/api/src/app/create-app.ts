import { APPLICATION_CONFIRM_PATH, APPLICATION_WITHDRAW_PATH, DIRECTOR_COMMITMENT_PATH } from '@koers/shared/applications';
import { REMINDERS_OFF_PATH } from '@koers/shared/notifications';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { API_TOKEN_PREFIX } from '@koers/shared/api-tokens';
import { MAX_FILES_PER_SUBMISSION } from '@koers/shared/assignments';
import { Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import zlib from 'node:zlib';
import { QueryCounter } from '../database/query-counter';
import { answerUnreadableRequest, ErrorFilter } from '../errors/error.filter';
import { MAX_FILE_BYTES } from '../files/file-storage';
import { AppModule } from './app.module';
import { FieldsValidationPipe } from './fields-validation-pipe';
import { acceptableFormParser } from './form-body';
import { acceptableJsonParser } from './json-body';
import { createOpenApiDocument } from './openapi';
import { assertUsableSecret, type KoersConfig } from './config';
import { Draining } from '../health/draining';
import { koersLogger, logsRequests } from './koers-logger';
import { responseHeaders } from './response-headers';
import { WebAppPages } from './web-app-pages';
import { cacheValidationRules } from './validation-rules-cache';

const BODY_LIMIT = 1024 * 1024;

/** Builds the whole application (API, OpenAPI docs and the built web app) without listening yet. */
export async function createApp(
  config: KoersConfig & { databaseUrl: string },
  options: { queryCounter?: QueryCounter } = {},
): Promise<NestFastifyApplication> {
  assertUsableSecret(config);
  cacheValidationRules();
  const webApp = existsSync(path.join(config.webDir, 'index.html')) ? await WebAppPages.load(config.webDir) : undefined;
  const errorFilter = new ErrorFilter((request, reply) => webApp?.serve(request, reply) ?? false);
  const addResponseHeaders = responseHeaders();
  const adapter = new FastifyAdapter({
    // A URL the router cannot read (bad percent-encoding, an id over 100 characters) gets the same error body as the rest.
    // Fastify answers these before any hook runs, so they get their headers here.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      addResponseHeaders(request, reply);
      errorFilter.reply(error, request, reply);
    },
    logger: config.logLevel === 'debug' ? { level: 'info' } : false,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // The proxies' own hops, counted from this server: the address before them is the client's, whatever it wrote
    // further left in X-Forwarded-For. The direct peer counts as the first proxy, so Koers' port must be reachable
    // through the proxy alone, as the README says.
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    bodyLimit: BODY_LIMIT,
    // A request that still comes in on an open connection while the server closes is answered like any other (with
    // `Connection: close`), not with Fastify's bare 503.
    return503OnClosing: false,
    clientErrorHandler: answerUnreadableRequest,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(config, options.queryCounter), adapter, {
    logger: koersLogger(config),
  });
  const fastify = app.getHttpAdapter().getInstance();
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMIT }, acceptableJsonParser(fastify));
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit: BODY_LIMIT }, acceptableFormParser());
  // A body of a type no parser reads (`application/merge-patch+json`, or one sent without a type) is left unread for
  // the BodyTypeGuard, which refuses it naming what the route takes, as it does a form post; Fastify's own refusal
  // named nothing.
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

  await app.register(fastifyCookie);
  const draining = app.get(Draining);
  fastify.addHook('onRequest', (request, reply, done) => {
    addResponseHeaders(request, reply);
    // While draining, no connection is kept open: a proxy that reused one as the server closed would have its request
    // reset (a 502 for a save it cannot retry), where a new connection is refused before anything was sent.
    if (draining.active) void reply.header('connection', 'close');
    done();
  });
  // One byte over the limit lets FileStorage notice the excess and answer 413 with its own message.
  // One file more than a hand-in takes, so that the hand-in refuses the one too many itself, saying how many it takes
  // (the parser's own limit answers 413, which speaks of size).
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES + 1, files: MAX_FILES_PER_SUBMISSION + 1, fields: 20, fieldSize: 1024 * 1024 } });
  // One line per request at level `log`; at a quieter level no request pays for building a line nobody writes.
  if (logsRequests(config)) {
    const requestLog = new Logger('Request');
    fastify.addHook('onResponse', (request, reply, done) => {
      requestLog.log({ requestId: request.id, method: request.method, url: loggedUrl(request.url), statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) });
      done();
    });
  }
  // API answers over 1 KB travel compressed; a fast brotli level, since each answer is compressed per request.
  // Uploads are never decompressed: a small compressed body must not unpack into a large one.
  await app.register(fastifyCompress, {
    threshold: 1024,
    globalDecompression: false,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  if (webApp) {
    const assetsDir = path.join(config.webDir, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: false,
      // The build wrote .br and .gz copies beside each file (apps/web/vite/precompress.ts).
      preCompressed: true,
      cacheControl: false,
      // Files under assets/ carry a content hash in their name, so they never change; everything else (index.html,
      // the favicon) is revalidated, so a new release reaches the browser at its next visit.
      setHeaders: (reply, filePath) => {
        void reply.header('cache-control', filePath.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  // The address printed on certificates stays short and outside the API: /verify/K7QM-2XHD-9RTA.
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'verify/:code', method: RequestMethod.GET },
      // A programme's public page, server-rendered; the web app's own pages for the programme office are under /beheer.
      { path: 'programmas/:slug', method: RequestMethod.GET },
      // The public page's application form, and the pages behind the links in application mails, whose forms post back to them.
      { path: 'programmas/:slug/aanmelden', method: RequestMethod.POST },
      { path: APPLICATION_CONFIRM_PATH.slice(1), method: RequestMethod.ALL },
      { path: DIRECTOR_COMMITMENT_PATH.slice(1), method: RequestMethod.ALL },
      { path: APPLICATION_WITHDRAW_PATH.slice(1), method: RequestMethod.ALL },
      // The link in every reminder that switches reminders off, and where mail programs post their one-click request.
      { path: REMINDERS_OFF_PATH.slice(1), method: RequestMethod.ALL },
      // Where Prometheus looks by default.
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(new FieldsValidationPipe());
  app.useGlobalFilters(errorFilter);

  // The JSON at /api/docs-json, rendered at /api/docs; built at the first request, from the code (app/openapi.ts).
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app));

  return app;
}

const API_TOKEN_ANYWHERE = new RegExp(`${API_TOKEN_PREFIX}[\\w%-]*`, 'g');

/**
 * A URL as the request log writes it. Calendar feed URLs and the password pages (`/wachtwoord-herstellen?token=…`,
 * `/wachtwoord-kiezen?token=…`) carry a personal secret, and searches and filters what someone typed about a person
 * (a name, an address, an organisation): logs keep neither.
 */
export const loggedUrl = (url: string) =>
  url
    .replace(/\/api\/calendar\/[^/?]+/, '/api/calendar/[token]')
    .replace(/([?&](?:token|code|state)=)[^&#]*/gi, '$1[token]')
    .replace(/([?&](?:search|zoek|q|name|email|organisation|region)=)[^&#]*/gi, '$1[text]')
    // A personal API token sent where it does not belong (any query parameter, the path) is refused, and not logged.
    .replace(API_TOKEN_ANYWHERE, '[token]');
