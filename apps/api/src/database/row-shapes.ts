import { Client, type ClientConfig, type FieldDef, Query, Result, types } from 'pg';
import './type-parsers';

type Parser = (text: string) => unknown;
type Values = (string | null)[];
type BuildRow = (parsers: Parser[], values: Values) => Record<string, unknown>;

interface RowShape {
  parsers: Parser[];
  build: BuildRow;
}

/** Different column lists kept; Koers' statements have a few hundred. Rows of any list beyond are pg's own. */
export const MAX_ROW_SHAPES = 2000;

/** By column names, types and formats; `null` for a list pg builds itself (binary columns). */
const rowShapes = new Map<string, RowShape | null>();

/**
 * A function per column list that builds its rows as one object literal. pg builds every row by copying an object
 * made once per statement, with the columns added one by one: each statement first paid for that object (5.6 µs for
 * 22 columns, measured), and V8's copying site, shared by every statement in the process, sees so many row shapes in
 * Koers that it gives up optimising them (12.6 µs per schedule request against 4.7 in the bare server). Each literal
 * here is a site of its own, with one shape. The type parsers are looked up once per list: Koers' own are set when
 * this module loads (`type-parsers.ts`), before the first statement.
 */
function compileRowShape(fields: FieldDef[]): RowShape {
  const properties = fields.map(({ name }, i) => {
    // In a literal, `__proto__: value` would set the prototype; a computed key makes it a column like any other.
    const key = name === '__proto__' ? '["__proto__"]' : JSON.stringify(name);
    return `${key}: values[${i}] === null ? null : parsers[${i}](values[${i}])`;
  });
  return {
    parsers: fields.map((field) => types.getTypeParser(field.dataTypeID, 'text') as Parser),
    build: new Function('parsers', 'values', `return { ${properties.join(', ')} };`) as BuildRow,
  };
}

function rowShapeOf(fields: FieldDef[]): RowShape | null {
  let key = '';
  for (const field of fields) key += `${field.name}\u0000${field.dataTypeID}\u0000${field.format}\u0001`;
  const known = rowShapes.get(key);
  if (known !== undefined) return known;
  if (rowShapes.size >= MAX_ROW_SHAPES) return null;
  const shape = fields.some((field) => field.format === 'binary') ? null : compileRowShape(fields);
  rowShapes.set(key, shape);
  return shape;
}

/** pg's Result as far as its row building goes (not in its type declarations). */
interface RowBuilding {
  addFields(fields: FieldDef[]): void;
  parseRow(values: Values): unknown;
}

const pgRowBuilding = Result.prototype as unknown as RowBuilding;

export class ShapedResult extends Result {
  private shape: RowShape | null = null;

  addFields(fields: FieldDef[]): void {
    this.shape = rowShapeOf(fields);
    if (this.shape) this.fields = fields;
    else pgRowBuilding.addFields.call(this, fields);
  }

  parseRow(values: Values): unknown {
    return this.shape ? this.shape.build(this.shape.parsers, values) : pgRowBuilding.parseRow.call(this, values);
  }
}

// pg answers `null` for no error (its type declarations say `undefined`).
type Callback = (error: Error | null | undefined, result?: Result) => void;
type PgQuery = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * A pg client whose statements (text, with or without values, as TypeORM and Koers' repositories send them) build
 * their rows with their column list's own function (see `compileRowShape`; of a text with several statements, the
 * first): the same rows, in the same order, with the same values as pg's. Anything else (a config object, a cursor)
 * is pg's as before. Rows are parsed with pg's global type parsers as they were at a column list's first statement
 * (Koers' own, `type-parsers.ts`; none per client). Pass it as the pool's `Client`.
 */
export class ShapedRowsClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const pgQuery = (Client.prototype.query as PgQuery).bind(this);
    const query: PgQuery = (text, values, callback) => {
      if (typeof text !== 'string') return pgQuery(text, values, callback);
      const [parameters, done] = typeof values === 'function' ? [undefined, values as Callback] : [values as unknown[] | undefined, callback as Callback | undefined];
      const name = this.statementName(text, parameters);
      const run = (callback: Callback) =>
        pgQuery(
          shapedQuery(text, parameters, name, (error, result) => {
            if (error) this.statementFailed(text, error);
            callback(error, result);
          }),
        );
      if (done) {
        run(done);
        return undefined;
      }
      return new Promise<Result>((resolve, reject) => run((error, result) => (error ? reject(error) : resolve(result as Result)))).catch((error: Error) => {
        // As pg does: a stack that leads back to the caller, not to the socket that brought the answer.
        Error.captureStackTrace(error);
        throw error;
      });
    };
    this.query = query as unknown as Client['query'];
  }

  /** The name to run this statement under as a prepared statement, if any. */
  protected statementName(_text: string, _values: unknown[] | undefined): string | undefined {
    return undefined;
  }

  /** PostgreSQL refused the statement (its error is passed on as it is). */
  protected statementFailed(_text: string, _error: Error): void {}
}

function shapedQuery(text: string, values: unknown[] | undefined, name: string | undefined, callback: Callback): Query {
  // Text and values as arguments: pg copies a config object property by property, on every statement.
  const query = new Query(text, values, callback) as Query & { name?: string; _result: Result; _results: Result };
  if (name) query.name = name;
  query._result = query._results = new ShapedResult(undefined as unknown as string, undefined as unknown as typeof types);
  return query;
}
