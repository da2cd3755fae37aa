import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
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

describe('error bodies for requests Node cannot read', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  /** What the server writes back to these raw bytes before it closes the connection. */
  const answerTo = (request: string) =>
    new Promise<{ head: string; body: Record<string, unknown> }>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const [head, body] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
        resolve({ head, body: JSON.parse(body) });
      });
    });

  it('answers headers too large (a cookie grown out of bounds) with 431 and a malformed request with 400, in the one error body, in Dutch', async () => {
    const cookies = await answerTo(`GET /api/health HTTP/1.1\r\nHost: koers\r\nCookie: ${'a=b; '.repeat(8000)}\r\n\r\n`);
    expect(cookies.head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(cookies.head).toContain('Content-Type: application/json; charset=utf-8');
    expect(cookies.body).toEqual({
      statusCode: 431,
      error: 'headers_too_large',
      message: 'De kopregels van het verzoek zijn te groot, meestal door te veel cookies. Verwijder de cookies van deze site en probeer het opnieuw.',
      requestId: expect.any(String),
    });
    expect(Number(/Content-Length: (\d+)/.exec(cookies.head)?.[1])).toBe(Buffer.byteLength(JSON.stringify(cookies.body)));

    const garbled = await answerTo('GET /api/health HTTP/1.1\r\nHost koers\r\n\r\n');
    expect(garbled.head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(garbled.body).toMatchObject({ statusCode: 400, error: 'bad_request', message: 'De gegevens konden niet worden gelezen.' });
  });
});
