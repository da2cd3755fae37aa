import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createOpenApiDocument } from '../src/app/openapi';

export type DocumentedMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ObservedResponse {
  status: number;
  headers: Record<string, unknown>;
  text: string;
  body: unknown;
}

interface DocumentedResponse {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
  $ref?: string;
}

interface Operation {
  path: string;
  pattern: RegExp;
  parameters: number;
  responses: Record<string, DocumentedResponse>;
}

/** Where the document itself and its viewer live; Swagger UI serves them outside the document. */
const DOCUMENTATION = /^\/api\/docs(-json|\/.*)?$/;
const DOCUMENT_ID = 'koers-openapi';
const HOW_TO_FIX = 'The route answers what its return type says, and `npm run openapi:generate -w @koers/api` writes what the types say (README, The OpenAPI document).';

/**
 * Checks an answer against the OpenAPI document: the status must be documented for the route, the media type too,
 * and a JSON body must match the status's schema. Routes are found by method and path template; a path the document
 * does not know may only answer an error. Throws, so the test that made the request fails.
 */
export class OpenApiContract {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });
  private readonly operations = new Map<string, Operation[]>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: document.components }, DOCUMENT_ID);
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
        const operation = item[method];
        if (!operation) continue;
        const list = this.operations.get(method.toUpperCase()) ?? [];
        const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
        list.push({ path, pattern: new RegExp(`^${source}$`), parameters: (path.match(/\{/g) ?? []).length, responses: operation.responses as Operation['responses'] });
        // A literal segment wins over a parameter: /api/me/tokens before /api/me/{id}.
        list.sort((a, b) => a.parameters - b.parameters);
        this.operations.set(method.toUpperCase(), list);
      }
    }
  }

  check(method: DocumentedMethod, url: string, response: ObservedResponse): void {
    const pathname = url.split('?')[0];
    if (DOCUMENTATION.test(pathname) || response.status === 304) return;
    const operation = this.operations.get(method)?.find((candidate) => candidate.pattern.test(pathname));
    const route = `${method} ${operation?.path ?? pathname}`;
    if (!operation) {
      // Outside the API: the web app and /metrics, which the document leaves out on purpose.
      if (!pathname.startsWith('/api/')) return;
      if (response.status < 400) throw new Error(`OpenAPI: ${route} answered ${response.status}, but the document has no such route`);
      this.checkBody(route, response.status, { content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } } }, response);
      return;
    }
    const documented = operation.responses[String(response.status)] ?? operation.responses[`${String(response.status)[0]}XX`];
    if (!documented) {
      throw new Error(`OpenAPI: ${route} answered ${response.status}, which the document does not list (${Object.keys(operation.responses).join(', ')})`);
    }
    this.checkBody(route, response.status, this.resolve(documented), response);
  }

  private checkBody(route: string, status: number, documented: DocumentedResponse, response: ObservedResponse): void {
    const mediaType = String(response.headers['content-type'] ?? '').split(';')[0].trim();
    const content = documented.content ?? {};
    if (Object.keys(content).length === 0) {
      if (response.text.length > 0) throw new Error(`OpenAPI: ${route} answered ${status} with a ${mediaType || 'body'}, but the document says it has no content`);
      return;
    }
    const declared = content[mediaType] ?? content[mediaType.replace(/\/.*/, '/*')] ?? content['*/*'];
    if (!declared) throw new Error(`OpenAPI: ${route} answered ${status} as ${mediaType || 'nothing'}, not as ${Object.keys(content).join(' or ')}`);
    // Bodies that are not JSON (downloads, calendars, HTML) are checked for their media type only; compressed ones too.
    if (!/json/.test(mediaType) || response.headers['content-encoding'] || declared.schema === undefined) return;
    const validate = this.validator(`${route} ${status} ${mediaType}`, declared.schema);
    if (!validate(JSON.parse(response.text))) {
      const problems = (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`);
      throw new Error(
        `OpenAPI: ${route} answered ${status} with a body that does not match the document:\n  ${problems.join('\n  ')}\n` +
          `body: ${response.text.slice(0, 2000)}\n${HOW_TO_FIX}`,
      );
    }
  }

  private resolve(response: DocumentedResponse): DocumentedResponse {
    if (!response.$ref) return response;
    const name = response.$ref.replace('#/components/responses/', '');
    return this.document.components!.responses![name] as DocumentedResponse;
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      // The document's references (#/components/schemas/…) point into the document, added once under its own id.
      validate = this.ajv.compile(JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, `"${DOCUMENT_ID}#/components/`)) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

const contracts = new WeakMap<INestApplication, OpenApiContract>();

/** The contract of a running test app, built from the document it serves at /api/docs-json, once per app. */
export function contractOf(app: INestApplication): OpenApiContract {
  let contract = contracts.get(app);
  if (!contract) {
    contract = new OpenApiContract(createOpenApiDocument(app));
    contracts.set(app, contract);
  }
  return contract;
}
