import type { INestApplication } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import routeSchemasFile from './openapi-route-schemas.json';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses). */
export type JsonSchema = { $ref?: string; properties?: Record<string, JsonSchema>; required?: string[]; description?: string } & Record<string, unknown>;

export interface QueryParameter {
  name: string;
  in: 'query';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

/** What `generate-openapi-schemas.ts` read from one controller method. */
export interface RouteSchemas {
  /** The JSON answer of the success status; absent for 204, downloads and other answers that are not JSON. */
  answer?: JsonSchema;
  /** The route answers without content (its return type is `void`). */
  noContent?: true;
  body?: JsonSchema;
  query?: QueryParameter[];
}

export interface OpenApiRouteSchemas {
  /** By operation id, `<Controller>_<method>`, as @nestjs/swagger names operations. */
  operations: Record<string, RouteSchemas>;
  /** Named types the operations refer to (`#/components/schemas/EditionDetail`). */
  schemas: Record<string, JsonSchema>;
}

export const ROUTE_SCHEMAS_FILE = 'openapi-route-schemas.json';

/**
 * Documents a route whose answer is not a JSON type (a file, a calendar, a JSON-LD document written with `@Res()`) by
 * its media types: a range (`image/*`) or any type for a file whose type is what was uploaded. Every other route is
 * described by its return type.
 */
export const FileAnswer = (...mediaTypes: string[]) =>
  ApiOkResponse({
    description: 'The file.',
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: schemaOfMediaType(type) }])),
  });

/** Marks a status whose body has the success answer's type; replaced by that schema when the document is built. */
const SAME_AS_SUCCESS = 'x-koers-same-as-success';

/** Documents another status with the same body as the success answer: a health check's 503 still says what is down. */
export const AlsoAnswers = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/json': { schema: { [SAME_AS_SUCCESS]: true } as object } } });

const schemaOfMediaType = (mediaType: string): JsonSchema =>
  /json/.test(mediaType) ? { type: 'object' } : mediaType.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' };

const ERROR_RESPONSE = 'Error';

/** The OpenAPI 3.1 document: routes and parameters from @nestjs/swagger, every schema from the generated file. */
export function createOpenApiDocument(app: INestApplication, routeSchemas: OpenApiRouteSchemas = routeSchemasFile as OpenApiRouteSchemas): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Koers API')
    .setDescription(
      'Cohort learning programmes for Dutch health care and welfare. Log in with POST /api/auth/login (a session cookie); ' +
        'send the token from GET /api/auth/csrf in the x-csrf-token header on every write. Scripts send a personal API token ' +
        '(POST /api/me/tokens) as Authorization: Bearer koers_pat_… instead, without cookie or CSRF token. Every error answers with the ' +
        'same body (ApiErrorBody), its message in the language of Accept-Language (Dutch unless English is preferred).',
    )
    .setVersion('0.1.0')
    .addCookieAuth('koers_session', { type: 'apiKey', in: 'cookie', name: 'koers_session', description: 'The session cookie of POST /api/auth/login.' }, 'session')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'koers_pat_…', description: 'A personal API token (koers_pat_…) from Mijn instellingen → API-sleutels.' }, 'apiToken')
    // Every route needs one of the two, except those marked @Public (an empty requirement of their own).
    .addSecurityRequirements('session')
    .addSecurityRequirements('apiToken')
    .build();
  return withRouteSchemas(SwaggerModule.createDocument(app, config), routeSchemas);
}

/** Puts each operation's answer, body and query parameters, and the error answers, into the document Nest built. */
export function withRouteSchemas(document: OpenAPIObject, routeSchemas: OpenApiRouteSchemas): OpenAPIObject {
  for (const pathItem of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = pathItem[method];
      const schemas = operation?.operationId ? routeSchemas.operations[operation.operationId] : undefined;
      if (!operation || !schemas) continue;
      const success = Object.keys(operation.responses).find((status) => status.startsWith('2')) ?? '200';
      const declared = operation.responses[success] as { description?: string; content?: Record<string, unknown> } | undefined;
      if (schemas.answer) {
        operation.responses[success] = { description: declared?.description || 'OK', content: { 'application/json': { schema: schemas.answer } } };
        for (const response of Object.values(operation.responses)) {
          const json = response && 'content' in response ? response.content?.['application/json'] : undefined;
          if (json?.schema && SAME_AS_SUCCESS in json.schema) json.schema = schemas.answer;
        }
      } else if (schemas.noContent) {
        operation.responses[success] = { description: 'No content' };
      }
      if (schemas.body) {
        // A route that takes a form instead of JSON (`@AcceptsBody`, which Nest read as its media types) says so.
        const declaredTypes = Object.keys((operation.requestBody as { content?: Record<string, unknown> } | undefined)?.content ?? {});
        const mediaTypes = declaredTypes.length > 0 ? declaredTypes : ['application/json'];
        operation.requestBody = { required: true, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: schemas.body }])) };
      }
      if (schemas.query) {
        // Nest lists a query DTO it cannot see into as one parameter; the generated ones replace it.
        const others = (operation.parameters ?? []).filter((parameter) => !('in' in parameter) || parameter.in !== 'query');
        operation.parameters = [...others, ...schemas.query];
      }
      operation.responses['4XX'] = { $ref: `#/components/responses/${ERROR_RESPONSE}` };
      operation.responses['5XX'] = { $ref: `#/components/responses/${ERROR_RESPONSE}` };
    }
  }
  document.components = {
    ...document.components,
    schemas: routeSchemas.schemas,
    responses: {
      [ERROR_RESPONSE]: {
        description: 'Every error: a stable code, a message in the requested language and, for validation, the fields.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } },
      },
    },
  };
  return document;
}
