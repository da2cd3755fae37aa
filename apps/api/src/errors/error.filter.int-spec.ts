import { createTestApp, type TestApp } from '../../test/test-app';

describe('error bodies for URLs the router cannot read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers an id over 100 characters with 414 and a malformed escape with 400, in the one error body', async () => {
    const overlong = await t.anonymous().request('GET', `/api/sessions/${'x'.repeat(150)}`, undefined, { 'accept-language': 'en' });
    expect(overlong.status).toBe(414);
    expect(overlong.body).toEqual({ statusCode: 414, error: 'uri_too_long', message: 'The address is too long.', requestId: expect.any(String) });

    const malformed = await t.anonymous().request('GET', '/api/sessions/%E0%A4%A');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ statusCode: 400, error: 'bad_request', message: 'De gegevens konden niet worden gelezen.', requestId: expect.any(String) });
    // Fastify answers these before its hooks; they carry the headers of every other answer all the same.
    for (const answer of [overlong, malformed]) {
      expect([answer.headers['x-request-id'], answer.headers['x-content-type-options'], answer.headers['cache-control']]).toEqual([answer.body.requestId, 'nosniff', 'no-store']);
    }
  });
});
