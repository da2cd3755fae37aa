import fc from 'fast-check';

/** What an attacker or a broken client sends first; the HTML ones must never come back unescaped in a page. */
export const HTML_PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "<svg onload=alert('x')>", 'javascript:alert(1)'];

const SQL_PAYLOADS = ["'; DROP TABLE person; --", "' OR 1=1 --", "' OR '1'='1", '1; SELECT pg_sleep(0)', "\\'; --", '$1', '%_%'];

const DATE_PAYLOADS = [
  '2027-02-30',
  '2027-13-01',
  '2027-00-10',
  '+275760-09-13',
  '-271821-04-20',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '9999-12-31T23:59:59Z',
  '10000-01-01',
  '2027-03-09T25:00:00Z',
  '2027-03-09T08:30:00+14:00',
  '2027-03-28T02:30:00',
  '1970-01-01T00:00:00.000Z',
  '2027-W10-2',
  '20270309',
  '24:00',
  '23:60',
  '09:30:00',
  '9:30',
];

const ODD_TEXT = [
  '',
  ' ',
  '\t\r\n',
  'a\u0000b',
  '\u0000',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\uFEFF',
  '😀👩🏽‍⚕️🇳🇱',
  '\uD800',
  'x\uDFFFy',
  'Z̴̡̧͎̈́a̵͈͛l̸̰̇g̶̱͂o̴͇͝',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '%00',
  '%2e%2e%2f',
  '{{7*7}}',
  '${7*7}',
  '=HYPERLINK("http://x")',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '123e4567-e89b-12d3-a456-42661417400',
  'a@b',
  'a@b.nl',
  '"<script>"@example.nl',
  'ANNA@Zorg.NL ',
  '-1',
  '1e308',
  '0x10',
  'true',
];

export const HOSTILE_FRAGMENTS = [...HTML_PAYLOADS, ...SQL_PAYLOADS, ...DATE_PAYLOADS, ...ODD_TEXT];

/** A string of up to ~100 kB: one character or fragment repeated, so it costs little to generate. */
const hugeString = fc
  .tuple(fc.constantFrom('x', 'ë', '😀', ' ', '<script>alert(1)</script>', "'; DROP TABLE person; --", '\u0000'), fc.integer({ min: 200, max: 100_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_FRAGMENTS)).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: hugeString },
);

/**
 * `[[[[…]]]]` or `{"a":{"a":…}}` as a value, deep enough to trouble a recursive walker. It travels as a marker
 * string that `toJson` expands, because JSON.stringify, structuredClone and fast-check's reporter recurse too.
 */
const deeplyNested = fc.tuple(fc.constantFrom('array', 'object'), fc.integer({ min: 50, max: 20_000 })).map(([kind, depth]) => `__deep_${kind}_${depth}__`);

/** A body as JSON text, with the deep-nesting markers expanded. */
export function toJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/"__deep_(array|object)_(\d+)__"/g, (_, kind: string, depth: string) =>
    kind === 'array' ? `${'['.repeat(Number(depth))}${']'.repeat(Number(depth))}` : `${'{"a":'.repeat(Number(depth))}1${'}'.repeat(Number(depth))}`,
  );
}

/** Anything that is not what a field expects: other types, extreme numbers, containers, hostile text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, -1, 1.5, -0, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 5e-324),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deeplyNested },
);

/** A request body as the client puts it on the wire: JSON (an object fastify serialises) or raw bytes with a content type. */
export type WireBody = { json: unknown } | { raw: string | Buffer; contentType: string } | { none: true };

/** Bodies that are not JSON objects at all: broken or deep JSON, other content types, nothing. */
export const malformedBody: fc.Arbitrary<WireBody> = fc.oneof(
  fc.constant<WireBody>({ none: true }),
  fc.constantFrom<WireBody>(
    { raw: '', contentType: 'application/json' },
    { raw: '{', contentType: 'application/json' },
    { raw: '{"a":1,}', contentType: 'application/json' },
    { raw: 'null', contentType: 'application/json' },
    { raw: '"text"', contentType: 'application/json' },
    { raw: '42', contentType: 'application/json' },
    { raw: '[]', contentType: 'application/json' },
    { raw: '{"__proto__":{"isAdmin":true}}', contentType: 'application/json' },
    { raw: '{"constructor":{"prototype":{"isAdmin":true}}}', contentType: 'application/json' },
    { raw: '{"a":1}', contentType: 'application/json; charset=latin1' },
    { raw: '{"a":1}', contentType: 'text/plain' },
    { raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { raw: '<?xml version="1.0"?><a/>', contentType: 'application/xml' },
    { raw: 'naam;e-mail\r\nA;a@b.nl', contentType: 'text/csv' },
    { raw: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n', contentType: 'multipart/form-data; boundary=x' },
    { raw: Buffer.from([0xff, 0xfe, 0x00, 0x7b]), contentType: 'application/json' },
  ),
  fc.integer({ min: 100, max: 100_000 }).map((depth): WireBody => ({ raw: `${'['.repeat(depth)}${']'.repeat(depth)}`, contentType: 'application/json' })),
  fc.integer({ min: 100, max: 50_000 }).map((depth): WireBody => ({ raw: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, contentType: 'application/json' })),
  fc.jsonValue({ maxDepth: 4 }).map((json): WireBody => ({ json })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((raw): WireBody => ({ raw, contentType: 'application/json' })),
);

type Path = (string | number)[];

/** One change to a valid body: the request the property sends is the valid one with exactly this applied. */
export type Mutation =
  | { kind: 'valid' }
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'remove'; path: Path }
  | { kind: 'unknownField'; path: Path; name: string; value: unknown }
  | { kind: 'body'; body: WireBody };

/**
 * Mutations of a valid body: mostly one field replaced (so the request passes every other check and reaches the
 * deep validation in services and SQL), sometimes a field dropped or an unknown one added, sometimes a body that
 * is not valid at all. `plausible` adds values that are nearly right for a field (another enum member, a past date).
 */
export function mutationOf(paths: Path[], plausible?: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  const objects = [[], ...paths.filter((p) => p.length > 1).map((p) => p.slice(0, -1))];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Mutation>({ kind: 'valid' }) },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: hostileValue }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: plausible ?? hostileValue }) },
    // `null` passes @IsOptional() but not a NOT NULL column: worth trying on every field.
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: fc.constant(null) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), path }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('unknownField' as const),
        path: fc.constantFrom(...objects),
        name: fc.oneof(fc.constantFrom('isAdmin', 'id', 'personId', 'status', '__proto__', 'constructor'), fc.string({ minLength: 1, maxLength: 20 })),
        value: hostileValue,
      }),
    },
    { weight: 2, arbitrary: malformedBody.map((body): Mutation => ({ kind: 'body', body })) },
  );
}

/** The valid body with the mutation applied, ready to send. */
export function applyMutation(valid: unknown, mutation: Mutation): WireBody {
  if (mutation.kind === 'body') return mutation.body;
  const body = structuredClone(valid) as Record<string | number, unknown>;
  if (mutation.kind === 'valid') return { json: body };
  const path = mutation.kind === 'unknownField' ? [...mutation.path, mutation.name] : mutation.path;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, body);
  const key = path[path.length - 1];
  const value = mutation.kind === 'remove' ? undefined : mutation.value;
  if (mutation.kind === 'remove') delete parent[key];
  // `__proto__` as an own property, as JSON.parse would make it, not the object's prototype.
  else Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
  return { json: body };
}

/** Text that looks a little like an enrolment CSV: known and unknown headers, quotes, BOMs, odd delimiters and line ends. */
export const csvText: fc.Arbitrary<string> = (() => {
  const header = fc.constantFrom('naam', 'Naam', 'name', 'e-mail', 'E-mail', 'email', 'organisatie', 'Organisation', 'regio', 'directeur e-mail', 'directeur naam', 'vraagstuk', 'opmerking', '');
  const cell = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('Anna Jansen', 'anna@zorg.nl', 'De Linde', 'Utrecht', '', '"', '""', '"quoted; text"', '"unterminated', 'x"y') },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.emailAddress() },
  );
  const delimiter = fc.constantFrom(';', ',', '\t', '|', ';;');
  const lineEnd = fc.constantFrom('\r\n', '\n', '\r', '\n\n');
  const line = (cells: fc.Arbitrary<string>) => fc.tuple(fc.array(cells, { minLength: 0, maxLength: 8 }), delimiter).map(([values, d]) => values.join(d));
  return fc
    .tuple(fc.boolean(), line(header), fc.array(line(cell), { maxLength: 30 }), lineEnd, fc.boolean())
    .map(([bom, head, rows, end, trailing]) => `${bom ? '\uFEFF' : ''}${[head, ...rows].join(end)}${trailing ? end : ''}`);
})();

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

export type FormPart = { field: string; value: string } | { field: string; fileName: string; content: Buffer };

/** Parts of a multipart form: text fields, files (real PDFs and PNGs, random bytes, hostile names) and unknown fields. */
export function formPart(fields: { text: string[]; file: string[] }): fc.Arbitrary<FormPart> {
  const file = fc.record({
    field: fc.constantFrom(...fields.file),
    fileName: fc.oneof(
      fc.constantFrom('plan.pdf', 'foto.png', 'plan van aanpak – ë.pdf', '', 'x.exe', '../../etc/passwd.pdf', '<script>alert(1)</script>.pdf', 'a"b.pdf'),
      hostileString.map((name) => name.slice(0, 300)),
    ),
    content: fc.oneof(fc.constant(PDF), fc.constant(PNG), fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)), fc.constant(Buffer.alloc(0))),
  });
  const unknown = fc.record({ field: hostileString.map((name) => name.slice(0, 100)), value: hostileString });
  if (fields.text.length === 0) return fc.oneof({ weight: 6, arbitrary: file }, { weight: 1, arbitrary: unknown });
  const text = fc.record({ field: fc.constantFrom(...fields.text), value: fc.oneof(fc.constant('Mijn plan van aanpak.'), hostileString) });
  return fc.oneof({ weight: 3, arbitrary: text }, { weight: 3, arbitrary: file }, { weight: 1, arbitrary: unknown });
}

export type FormShape = 'multipart' | 'cut off' | 'wrong boundary' | 'no boundary' | 'json' | 'empty';

/** How the form travels: mostly well formed, sometimes cut off, with a wrong or no boundary, as JSON or empty. */
export const formShape: fc.Arbitrary<FormShape> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('multipart' as const) },
  fc.constantFrom('cut off' as const, 'wrong boundary' as const, 'no boundary' as const, 'json' as const, 'empty' as const),
);

/** The form as bytes with its content type, in the given shape. */
export function multipartBody(parts: FormPart[], shape: FormShape): WireBody {
  const boundary = 'koersfuzz';
  // Header values cannot hold quotes or line breaks; a browser escapes them the same way.
  const quote = (value: string) => value.replace(/["\r\n]/g, '_');
  const chunks = parts.flatMap((part) =>
    'value' in part
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.field)}"\r\n\r\n${part.value}\r\n`)]
      : [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.field)}"; filename="${quote(part.fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
          part.content,
          Buffer.from('\r\n'),
        ],
  );
  const body = Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
  const contentType = shape === 'wrong boundary' ? 'multipart/form-data; boundary=other' : shape === 'no boundary' ? 'multipart/form-data' : `multipart/form-data; boundary=${boundary}`;
  if (shape === 'json') return { json: { text: 'Mijn werk.' } };
  if (shape === 'empty') return { raw: Buffer.alloc(0), contentType };
  return { raw: shape === 'cut off' ? body.subarray(0, Math.floor(body.length / 2)) : body, contentType };
}
