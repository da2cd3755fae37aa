import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CompletedConfig, createFormatter, createParser, DEFAULT_CONFIG, SchemaGenerator } from 'ts-json-schema-generator';
import ts from 'typescript';
import { type JsonSchema, type OpenApiRouteSchemas, type QueryParameter, type RouteSchemas, ROUTE_SCHEMAS_FILE } from './openapi';

/**
 * Writes the OpenAPI schemas of every route (`openapi-route-schemas.json`) from the code, never by hand:
 * `npm run openapi:generate -w @koers/api`. For each controller method with an HTTP decorator it takes
 * - the answer: the declared return type (`Promise<EditionDetail>` gives `EditionDetail`; `void` is no content). A
 *   route answering a file, or writing its own answer with `@Res()`, declares its media types with `@FileAnswer()`;
 * - the request body: the type of the `@Body()` parameter, read as the request type from libs/shared the DTO
 *   `implements` (the contract the web app uses), else the DTO class itself;
 * - the query parameters: the properties of the `@Query()` DTO.
 * The types become JSON Schema through ts-json-schema-generator; `openapi.int-spec.ts` fails when the file differs from
 * what this would write, and when a route has no answer schema.
 */
// From src/app (tests) and from dist/app (the npm script) alike: the controllers are read as TypeScript source.
const API_SRC = path.resolve(__dirname, '../../src');
const SHARED_SRC = path.resolve(API_SRC, '../../../libs/shared/src');
const VIRTUAL_DIR = path.join(API_SRC, 'app', '__openapi_types__');
const HTTP_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
/** Answers that are not a JSON type: a file declares its media types with @FileAnswer(), `void` is no content. */
const NOT_JSON = /^(StreamableFile|Buffer|void)$/;

interface RouteTypes {
  operationId: string;
  answer?: string;
  noContent?: true;
  body?: { type: string; dtoFile: ts.SourceFile };
  query?: ts.TypeNode;
  /** Query properties a request may leave out: `?`, a default value or `@IsOptional()`. */
  optionalQuery?: Set<string>;
}

export function generateRouteSchemas(): OpenApiRouteSchemas {
  const controllerFiles = findControllers(API_SRC);
  const compilerOptions: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    baseUrl: API_SRC,
    paths: { '@koers/shared/*': [path.join(SHARED_SRC, '*')] },
  };
  // First pass: read the controllers to learn each route's types.
  const controllersProgram = ts.createProgram(controllerFiles, compilerOptions);
  const checker = controllersProgram.getTypeChecker();
  const virtualFiles = new Map<string, string>();
  const routes: RouteTypes[] = [];
  for (const file of controllerFiles) {
    const source = controllersProgram.getSourceFile(file)!;
    const fileRoutes = readRoutes(source, checker);
    if (fileRoutes.length === 0) continue;
    routes.push(...fileRoutes);
    virtualFiles.set(path.join(VIRTUAL_DIR, path.relative(API_SRC, file).replace(/[/\\]/g, '__')), virtualSource(source, fileRoutes));
  }

  // Second pass: one program with a file per controller that names each route's types, so generics and inline types
  // (`Page<EditionSummary>`, `{ minutes: BoardMeetingMinutes | null }`) resolve exactly as in the controller.
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => virtualFiles.get(name) ?? readFile(name);
  host.fileExists = (name) => virtualFiles.has(name) || fileExists(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => name === VIRTUAL_DIR || (directoryExists?.(name) ?? true);
  host.getSourceFile = (name, language) =>
    virtualFiles.has(name) ? ts.createSourceFile(name, virtualFiles.get(name)!, language, true) : getSourceFile(name, language);
  // One type that refers to every route's types and to the one error body (ErrorFilter), generated as a whole.
  const index = path.join(VIRTUAL_DIR, 'index.ts');
  virtualFiles.set(index, indexSource(virtualFiles, routes));
  const program = ts.createProgram([index], compilerOptions, host);
  const problems = [...virtualFiles.keys()].flatMap((name) => program.getSemanticDiagnostics(program.getSourceFile(name)));
  if (problems.length > 0) {
    const text = ts.formatDiagnostics(problems, { ...host, getNewLine: () => '\n', getCanonicalFileName: (name) => name });
    throw new Error(`A route names a type the generator cannot reach (export a type declared in the controller):\n${text}`);
  }
  // Objects allow no properties their type does not declare, so an answer that grows a field unnoticed is drift too.
  const config: CompletedConfig = { ...DEFAULT_CONFIG, expose: 'export', topRef: true, jsDoc: 'extended', skipTypeCheck: true, additionalProperties: false, encodeRefs: false };
  const generator = new SchemaGenerator(program, createParser(program, config), createFormatter(config), config);
  const generated = generator.createSchema(ROOT_TYPE);
  const definitions = renameDefinitions((generated.definitions ?? {}) as Record<string, JsonSchema>);

  const operations: Record<string, RouteSchemas> = {};
  for (const route of routes) {
    const take = (suffix: string) => {
      const name = aliasName(route.operationId, suffix);
      const schema = definitions[name];
      delete definitions[name];
      return schema;
    };
    const schemas: RouteSchemas = {};
    if (route.answer) schemas.answer = take('answer');
    if (route.noContent) schemas.noContent = true;
    if (route.body) schemas.body = take('body');
    if (route.query) schemas.query = queryParameters(take('query'), definitions, route.optionalQuery!);
    operations[route.operationId] = schemas;
  }
  delete definitions[ROOT_TYPE];
  return { operations, schemas: reachable(definitions, [operations, { $ref: '#/components/schemas/ApiErrorBody' }]) };
}

/** Only the named types some route refers to, directly or through another: a query DTO's own definition is not one. */
function reachable(definitions: Record<string, JsonSchema>, roots: unknown[]): Record<string, JsonSchema> {
  const kept: Record<string, JsonSchema> = {};
  const visit = (value: unknown) => {
    for (const [, name] of JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (name in kept) continue;
      if (!(name in definitions)) throw new Error(`The schema ${name} is referred to but was not generated`);
      kept[name] = definitions[name];
      visit(kept[name]);
    }
  };
  visit(roots);
  return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
}

/** The query DTO's properties as OpenAPI parameters. */
function queryParameters(schema: JsonSchema, definitions: Record<string, JsonSchema>, optional: Set<string>): QueryParameter[] {
  const object = schema.$ref ? definitions[schema.$ref.replace('#/components/schemas/', '')] : schema;
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: (object.required ?? []).includes(name) && !optional.has(name),
    schema: property,
    ...(property.description && { description: property.description }),
  }));
}

function findControllers(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.controller.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const decoratorName = (decorator: ts.Decorator) =>
  ts.isCallExpression(decorator.expression) ? decorator.expression.expression.getText() : decorator.expression.getText();
const hasDecorator = (node: ts.HasDecorators, names: (name: string) => boolean) => (ts.getDecorators(node) ?? []).some((d) => names(decoratorName(d)));

function readRoutes(source: ts.SourceFile, checker: ts.TypeChecker): RouteTypes[] {
  const routes: RouteTypes[] = [];
  for (const node of source.statements) {
    if (!ts.isClassDeclaration(node) || !node.name || !hasDecorator(node, (name) => name === 'Controller')) continue;
    for (const member of node.members) {
      if (!ts.isMethodDeclaration(member) || !hasDecorator(member, (name) => HTTP_DECORATORS.has(name))) continue;
      const operationId = `${node.name.text}_${member.name.getText()}`;
      const route: RouteTypes = { operationId };
      const answer = unwrapPromise(member.type);
      const writesOwnAnswer = member.parameters.some((parameter) => hasDecorator(parameter, (name) => name === 'Res') && !parameter.getText().includes('passthrough'));
      if (answer === 'void' && !writesOwnAnswer) route.noContent = true;
      if (answer && !NOT_JSON.test(answer)) route.answer = answer;
      for (const parameter of member.parameters) {
        if (!parameter.type) continue;
        if (hasDecorator(parameter, (name) => name === 'Body') && parameter.type.kind !== ts.SyntaxKind.UnknownKeyword) {
          route.body = requestType(parameter.type, checker, source);
        }
        if (hasDecorator(parameter, (name) => name === 'Query')) {
          route.query = parameter.type;
          route.optionalQuery = optionalProperties(checker.getTypeFromTypeNode(parameter.type));
        }
      }
      routes.push(route);
    }
  }
  return routes;
}

function optionalProperties(type: ts.Type): Set<string> {
  const optional = new Set<string>();
  for (const property of type.getProperties()) {
    const declaration = property.valueDeclaration;
    if (!declaration || !ts.isPropertyDeclaration(declaration)) continue;
    if (declaration.questionToken || declaration.initializer || hasDecorator(declaration, (name) => name === 'IsOptional')) optional.add(property.name);
  }
  return optional;
}

function unwrapPromise(type: ts.TypeNode | undefined): string | undefined {
  if (type && ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Promise') return type.typeArguments?.[0].getText();
  return type?.getText();
}

/** The request type a DTO implements (`UpdateEditionDto implements UpdateEditionRequest`), or the DTO; arrays of DTOs alike. */
function requestType(type: ts.TypeNode, checker: ts.TypeChecker, controller: ts.SourceFile): { type: string; dtoFile: ts.SourceFile } {
  if (ts.isArrayTypeNode(type)) {
    const item = requestType(type.elementType, checker, controller);
    return { ...item, type: `${item.type}[]` };
  }
  const declaration = checker.getTypeFromTypeNode(type).getSymbol()?.valueDeclaration;
  if (declaration && ts.isClassDeclaration(declaration)) {
    const implemented = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ImplementsKeyword)?.types;
    if (implemented?.length === 1) return { type: implemented[0].getText(), dtoFile: declaration.getSourceFile() };
  }
  return { type: type.getText(), dtoFile: controller };
}

/** The controller's imports (and the DTO files' imports, for the request types they implement) with each route's types named. */
function virtualSource(controller: ts.SourceFile, routes: RouteTypes[]): string {
  const lines: string[] = [];
  const imported = new Set<string>();
  const importsOf = (file: ts.SourceFile, only?: string) => {
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const target = specifier.startsWith('.') ? path.resolve(path.dirname(file.fileName), specifier) : specifier;
      const names = statement.importClause.namedBindings;
      if (!names || !ts.isNamedImports(names)) continue;
      for (const element of names.elements) {
        const local = element.name.text;
        if ((only && local !== only) || imported.has(local)) continue;
        imported.add(local);
        const original = element.propertyName ? `${element.propertyName.text} as ${local}` : local;
        lines.push(`import type { ${original} } from ${JSON.stringify(target)};`);
      }
    }
  };
  importsOf(controller);
  for (const statement of controller.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const name = (ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name?.text;
    if (exported && name && !imported.has(name)) {
      imported.add(name);
      lines.push(`import type { ${name} } from ${JSON.stringify(controller.fileName.replace(/\.ts$/, ''))};`);
    }
  }
  for (const route of routes) {
    if (route.body && route.body.dtoFile !== controller) {
      const name = route.body.type.replace(/\[\]$/, '');
      if (!imported.has(name)) importsOf(route.body.dtoFile, name);
    }
  }
  for (const route of routes) {
    if (route.answer) lines.push(`export type ${aliasName(route.operationId, 'answer')} = ${route.answer};`);
    if (route.body) lines.push(`export type ${aliasName(route.operationId, 'body')} = ${route.body.type};`);
    if (route.query) lines.push(`export type ${aliasName(route.operationId, 'query')} = ${route.query.getText()};`);
  }
  return lines.join('\n') + '\n';
}

const ROOT_TYPE = 'KoersRoutes';

function indexSource(virtualFiles: Map<string, string>, routes: RouteTypes[]): string {
  const names = routes.flatMap((route) =>
    (['answer', 'body', 'query'] as const).filter((part) => route[part]).map((part) => aliasName(route.operationId, part)),
  );
  const imports = [...virtualFiles.keys()].map((file) => `import type * as ${path.basename(file, '.ts').replace(/\W/g, '_')} from ${JSON.stringify(file.replace(/\.ts$/, ''))};`);
  const fileOf = new Map(
    [...virtualFiles.entries()].flatMap(([file, source]) =>
      [...source.matchAll(/^export type (\w+) =/gm)].map(([, name]) => [name, path.basename(file, '.ts').replace(/\W/g, '_')] as const),
    ),
  );
  return [
    `import type { ApiErrorBody } from '@koers/shared/api';`,
    ...imports,
    `export interface ${ROOT_TYPE} {`,
    `  ApiErrorBody: ApiErrorBody;`,
    ...names.map((name) => `  ${name}: ${fileOf.get(name)}.${name};`),
    `}`,
  ].join('\n');
}

const aliasName = (operationId: string, part: string) => `${operationId}__${part}`;

/** `Page<EditionSummary>` becomes `Page_EditionSummary`: component names in OpenAPI allow letters, digits, `.`, `-` and `_`. */
function renameDefinitions(definitions: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const rename = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_$/, '');
  const names = new Map(Object.keys(definitions).map((name) => [name, rename(name)]));
  const renamed = JSON.parse(
    JSON.stringify(definitions).replace(/"#\/definitions\/([^"]+)"/g, (_, name: string) => JSON.stringify(`#/components/schemas/${names.get(name) ?? rename(name)}`)),
  ) as Record<string, JsonSchema>;
  return Object.fromEntries(Object.entries(renamed).map(([name, schema]) => [names.get(name)!, schema]));
}

if (require.main === module) {
  const schemas = generateRouteSchemas();
  writeFileSync(path.join(API_SRC, 'app', ROUTE_SCHEMAS_FILE), JSON.stringify(schemas, null, 2) + '\n');
  console.warn(`Wrote the schemas of ${Object.keys(schemas.operations).length} routes to ${ROUTE_SCHEMAS_FILE}.`);
}
