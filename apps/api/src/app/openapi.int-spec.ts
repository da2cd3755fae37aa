import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { given } from '../../test/builders';
import { OpenApiContract } from '../../test/openapi-contract';
import { createTestApp, type TestApp } from '../../test/test-app';
import { PUBLIC_ROUTE } from '../auth/auth-context';
import { ACCEPTED_BODY } from './body-type.guard';
import { generateRouteSchemas } from './generate-openapi-schemas';
import { createOpenApiDocument, type OpenApiRouteSchemas, ROUTE_SCHEMAS_FILE } from './openapi';

/** Prometheus' address, left out of the API description on purpose (@ApiExcludeController). */
const UNDOCUMENTED = new Set(['GET /metrics']);
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/**
 * Whether each controller method reads a request body, by operation id (`<Controller>_<method>`): a `@Body()`
 * parameter, or a body type other than JSON taken with `@AcceptsBody` (an upload read from the request). A method
 * with neither takes no body; that is how a route says so. Nest keeps parameter decorators only in its internal
 * metadata, which is why the test reads that.
 */
function readsBody(app: INestApplication): Map<string, boolean> {
  const reads = new Map<string, boolean>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const method of Object.getOwnPropertyNames(metatype.prototype).filter((name) => name !== 'constructor')) {
        const parameters = Object.keys(Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, method) ?? {});
        const body = parameters.some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
        reads.set(`${metatype.name}_${method}`, body || Reflect.getMetadata(ACCEPTED_BODY, metatype.prototype[method]) !== undefined);
      }
    }
  }
  return reads;
}

/** Whether each controller method answers without credentials (`@Public()` on it or its controller), by operation id. */
function publicRoutes(app: INestApplication): Map<string, boolean> {
  const open = new Map<string, boolean>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const method of Object.getOwnPropertyNames(metatype.prototype).filter((name) => name !== 'constructor')) {
        open.set(`${metatype.name}_${method}`, Reflect.getMetadata(PUBLIC_ROUTE, metatype.prototype[method]) === true || Reflect.getMetadata(PUBLIC_ROUTE, metatype) === true);
      }
    }
  }
  return open;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: OpenAPIObject;

  beforeAll(async () => {
    t = await createTestApp({}, { collectRoutes: true });
    document = (await t.anonymous().get<OpenAPIObject>('/api/docs-json')).body;
  }, 60_000);
  afterAll(() => t?.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([url, item]) => METHODS.filter((method) => item[method]).map((method) => ({ route: `${method.toUpperCase()} ${url}`, operation: item[method]! })));

  it('is served as OpenAPI 3.1 JSON at /api/docs-json and rendered at /api/docs', async () => {
    expect(document.openapi).toBe('3.1.0');
    const page = await t.anonymous().get('/api/docs', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui');
  });

  it('passes an OpenAPI 3.1 validator', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'koers-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      // The validator is an ES module only, so it runs as its own command line.
      const cli = require.resolve('@seriousme/openapi-schema-validator/bin/validate-api-cli.js');
      const result = JSON.parse(execFileSync(process.execPath, [cli, file], { encoding: 'utf8' })) as { valid: boolean };
      expect(result).toEqual({ valid: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists every route the application registers', () => {
    const documented = new Set(operations().map(({ route }) => route));
    const registered = new Set(
      t.routes
        .filter((route) => route.method !== 'HEAD' && !route.hidden && !route.url.startsWith('/api/docs'))
        .map((route) => `${route.method} ${route.url.replace(/:([A-Za-z]+)/g, '{$1}')}`),
    );
    expect([...registered].filter((route) => !documented.has(route) && !UNDOCUMENTED.has(route))).toEqual([]);
    expect(registered.size).toBeGreaterThan(140);
  });

  it('gives every route a success answer with a schema (or no content), a body schema for each body, and the error body', () => {
    const routeSchemas = JSON.parse(readFileSync(path.join(__dirname, ROUTE_SCHEMAS_FILE), 'utf8')) as OpenApiRouteSchemas;
    const problems = operations().flatMap(({ route, operation }) => {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      const noContent = routeSchemas.operations[operation.operationId ?? '']?.noContent === true;
      // A redirect (@ApiFoundResponse) needs no schema; a success answers one, or says it has no content.
      const redirects = Object.keys(operation.responses).some((status) => status.startsWith('3'));
      const described = noContent || redirects || success.some(([, response]) => Object.keys((response && 'content' in response && response.content) || {}).length > 0);
      return [
        ...(described ? [] : [`${route}: no answer schema: declare the method's return type, or @FileAnswer(mediaTypes) for a file, @ApiFoundResponse() for a redirect`]),
        ...(operation.responses['4XX'] ? [] : [`${route}: no error answer`]),
        ...(operation.requestBody && !('content' in operation.requestBody && Object.keys(operation.requestBody.content).length > 0) ? [`${route}: a body without a schema`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('documents the request body of every route that reads one, and none for a route that reads none', () => {
    const reads = readsBody(t.app);
    const writes = operations().filter(({ route }) => /^(POST|PUT|PATCH) /.test(route));
    const problems = writes.flatMap(({ route, operation }) => {
      const takesBody = reads.get(operation.operationId ?? '');
      if (takesBody === undefined) return [`${route}: no controller method ${operation.operationId}`];
      if (takesBody && !operation.requestBody) {
        return [`${route}: its body is not documented: type the @Body() parameter, or declare a file with @AcceptsFile(field) or @ApiBody`];
      }
      return !takesBody && operation.requestBody ? [`${route}: documents a body it does not read`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('says that every route needs the session cookie or an API token, and that the public ones need none', () => {
    expect(document.security).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(document.components?.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'koers_session' },
      apiToken: { type: 'http', scheme: 'bearer', bearerFormat: 'koers_pat_…' },
    });
    const open = publicRoutes(t.app);
    const problems = operations().flatMap(({ route, operation }) => {
      const isPublic = open.get(operation.operationId ?? '');
      const says = operation.security === undefined ? 'credentials' : JSON.stringify(operation.security) === '[{}]' ? 'none' : JSON.stringify(operation.security);
      return says === (isPublic ? 'none' : 'credentials') ? [] : [`${route}: ${isPublic ? 'public' : 'needs credentials'}, documented as ${says}`];
    });
    expect(problems).toEqual([]);
    expect(operations().filter(({ operation }) => operation.security !== undefined).length).toBeGreaterThan(10);
  });

  it('documents a form route’s body as the form it takes, not as JSON', () => {
    const formRoutes = operations().filter(({ route }) => /^POST \/(programmas\/\{slug\}\/aanmelden|aanmelding-bevestigen|directeur-toezegging|aanmelding-intrekken)$/.test(route));
    expect(formRoutes).toHaveLength(4);
    for (const { route, operation } of formRoutes) {
      const content = (operation.requestBody as { content: Record<string, unknown> }).content;
      expect({ route, mediaTypes: Object.keys(content) }).toEqual({ route, mediaTypes: ['application/x-www-form-urlencoded'] });
    }
    const json = operations().find(({ route }) => route === 'POST /api/public/editions/{id}/applications');
    expect(Object.keys((json?.operation.requestBody as { content: Record<string, unknown> }).content)).toEqual(['application/json']);
  });

  it(`is written from the code: ${ROUTE_SCHEMAS_FILE} is what npm run openapi:generate -w @koers/api writes now`, () => {
    const committed: unknown = JSON.parse(readFileSync(path.join(__dirname, ROUTE_SCHEMAS_FILE), 'utf8'));
    expect(committed).toEqual(generateRouteSchemas());
  }, 120_000);

  describe('checked against every answer in the integration tests', () => {
    it('fails a test when an answer does not match its route', async () => {
      const person = await given(t.db).person();
      const client = await t.loginAs(person.email);
      const me = await client.get('/api/me');
      expect(me.status).toBe(200);

      // The same answer against a document in which MeResponse has a property the API does not send.
      const schemas = JSON.parse(readFileSync(path.join(__dirname, ROUTE_SCHEMAS_FILE), 'utf8'));
      schemas.schemas.MeResponse.properties.nickname = { type: 'string' };
      schemas.schemas.MeResponse.required.push('nickname');
      const drifted = new OpenApiContract(createOpenApiDocument(t.app, schemas));
      expect(() => drifted.check('GET', '/api/me', me)).toThrow(/GET \/api\/me answered 200 with a body that does not match the document:\n.*nickname/);

      // A field the type does not declare is drift as well.
      const extended = { ...me, text: JSON.stringify({ ...me.body, secret: 'x' }) };
      expect(() => new OpenApiContract(document).check('GET', '/api/me', extended)).toThrow(/must NOT have additional properties.*secret/);
    });

    it('fails a test on a status the route does not document, or a body where none is documented', async () => {
      const contract = new OpenApiContract(document);
      const json = { headers: { 'content-type': 'application/json' }, text: '{}', body: {} };
      expect(() => contract.check('GET', '/api/me', { ...json, status: 302 })).toThrow(/GET \/api\/me answered 302, which the document does not list/);
      expect(() => contract.check('DELETE', '/api/editions/6c0e7e2c-1d1b-4c57-9d43-8c1c5f0e4f6a', { ...json, status: 204 })).toThrow(/has no content/);
      expect(() => contract.check('GET', '/api/me', { ...json, status: 404 })).toThrow(/must have required property 'statusCode'/);
    });
  });
});
