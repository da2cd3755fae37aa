import { ValidationFailedError } from '../errors/koers-error';
import { assertAcceptableJson, JsonTooDeepError, MAX_JSON_DEPTH } from './json-body';

const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('assertAcceptableJson', () => {
  it('accepts ordinary bodies, nested as deep as the limit', () => {
    expect(() => assertAcceptableJson({ name: 'HIS-I', sessions: [{ date: '2027-03-09', location: null }] })).not.toThrow();
    expect(() => assertAcceptableJson(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(() => assertAcceptableJson('😀 \u202E')).not.toThrow();
  });

  it('refuses nesting deeper than the limit without overflowing its own stack', () => {
    expect(() => assertAcceptableJson(nested(MAX_JSON_DEPTH + 1))).toThrow(JsonTooDeepError);
    expect(() => assertAcceptableJson({ title: nested(100_000) })).toThrow(JsonTooDeepError);
  });

  it('refuses a field named constructor anywhere, as an unknown field', () => {
    const fields = (body: unknown) => {
      try {
        assertAcceptableJson(body);
      } catch (error) {
        return (error as ValidationFailedError).fields?.map((f) => [f.field, f.message.en]);
      }
      return undefined;
    };
    expect(fields([{ personId: { constructor: '<script>' }, status: 'present' }])).toEqual([['[0].personId.constructor', 'This field is not allowed.']]);
    expect(fields({ constructor: 'x' })).toEqual([['constructor', 'This field is not allowed.']]);
    expect(fields({ name: 'constructor', tags: ['constructor'] })).toBeUndefined();
  });

  it('refuses NUL characters and halves of surrogate pairs, naming the field', () => {
    const problem = (body: unknown) => {
      try {
        assertAcceptableJson(body);
      } catch (error) {
        return { type: error?.constructor, fields: (error as ValidationFailedError).fields?.map((f) => f.field) };
      }
      return undefined;
    };
    expect(problem({ title: 'a\u0000b' })).toEqual({ type: ValidationFailedError, fields: ['title'] });
    expect(problem({ sessions: [{ location: '\u0000' }] })).toEqual({ type: ValidationFailedError, fields: ['sessions.0.location'] });
    expect(problem([{ personId: 'x' }, { note: '\u0000' }])).toEqual({ type: ValidationFailedError, fields: ['[1].note'] });
    expect(problem('\u0000')).toEqual({ type: ValidationFailedError, fields: ['body'] });
    expect(problem({ email: '\uD800@example.nl' })).toEqual({ type: ValidationFailedError, fields: ['email'] });
    expect(problem({ name: 'x\uDFFF' })).toEqual({ type: ValidationFailedError, fields: ['name'] });
  });
});
