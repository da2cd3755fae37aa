import { errorBody, installFakeApi } from '../../test/fake-api';
import { ApiError, api, resetCsrfToken, setApiLanguage } from './api-client';

beforeEach(() => {
  resetCsrfToken();
  setApiLanguage('nl');
});

describe('api client', () => {
  it('sends JSON with cookies and the UI language; GETs carry no CSRF token', async () => {
    const { requests, fetchMock } = installFakeApi({
      'GET /api/me': () => ({ status: 200, body: { id: 'p-1' } }),
    });
    setApiLanguage('en');
    await expect(api.get('/me')).resolves.toEqual({ id: 'p-1' });
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ method: 'GET', credentials: 'same-origin' });
    expect(requests[0].headers).toMatchObject({ accept: 'application/json', 'accept-language': 'en' });
    expect(requests[0].headers).not.toHaveProperty('x-csrf-token');
  });

  it('fetches the CSRF token once and sends it on every write', async () => {
    let issued = 0;
    const { requests } = installFakeApi({
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: `token-${++issued}` } }),
      'POST /api/things': () => ({ status: 201, body: { ok: true } }),
      'DELETE /api/things/1': () => ({ status: 204 }),
    });
    await Promise.all([api.post('/things', { a: 1 }), api.post('/things', { a: 2 })]);
    await expect(api.delete('/things/1')).resolves.toBeUndefined();
    expect(issued).toBe(1);
    const writes = requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => request.headers['x-csrf-token'])).toEqual(['token-1', 'token-1', 'token-1']);
    expect(writes[0]).toMatchObject({ body: { a: 1 }, headers: { 'content-type': 'application/json' } });
  });

  it('sends a write just like one still on its way only once, and both callers get its answer', async () => {
    let created = 0;
    const { requests } = installFakeApi({
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'POST /api/things': () => ({ status: 201, body: { id: ++created } }),
    });
    // A double-click: the same body twice before the first answer.
    const [first, second, other] = await Promise.all([api.post('/things', { a: 1 }), api.post('/things', { a: 1 }), api.post('/things', { a: 2 })]);
    expect([first, second, other]).toEqual([{ id: 1 }, { id: 1 }, { id: 2 }]);
    const file = new File(['PDF'], 'verslag.pdf', { type: 'application/pdf', lastModified: 1 });
    const form = () => {
      const data = new FormData();
      data.append('text', 'Mijn verslag');
      data.append('file', file);
      return data;
    };
    await Promise.all([api.post('/things', form()), api.post('/things', form())]);
    // Once answered, the same write is a new one.
    await api.post('/things', { a: 1 });
    expect(requests.filter((request) => request.method === 'POST').length).toBe(4);
    // A, B and A again while all are on their way: the last A is a write of its own, so the server ends on A.
    await Promise.all([api.post('/things', { a: 'A' }), api.post('/things', { a: 'B' }), api.post('/things', { a: 'A' })]);
    expect(requests.filter((request) => request.method === 'POST').length).toBe(7);
    // A Blob (a file's bytes, as the import sends them) cannot be told from another of its size: never shared.
    await Promise.all([api.post('/things', new Blob(['x;y'])), api.post('/things', new Blob(['z;w']))]);
    expect(requests.filter((request) => request.method === 'POST').length).toBe(9);
  });

  it('sends a Blob as it is, leaving the Content-Type to its own type', async () => {
    const { fetchMock } = installFakeApi({
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'token-1' } }),
      'POST /api/import': () => ({ status: 200, body: { ok: true } }),
    });
    const csv = new Blob(['naam;e-mail\r\n'], { type: 'text/csv' });
    await api.post('/import', csv);
    const init = fetchMock.mock.calls[1][1] as RequestInit;
    expect(init.body).toBe(csv);
    expect(init.headers).not.toHaveProperty('Content-Type');
    expect(init.headers).toHaveProperty('x-csrf-token', 'token-1');
  });

  it('fetches a new token after resetCsrfToken (login, logout)', async () => {
    let issued = 0;
    const { requests } = installFakeApi({
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: `token-${++issued}` } }),
      'POST /api/auth/logout': () => ({ status: 204 }),
    });
    await api.post('/auth/logout');
    resetCsrfToken();
    await api.post('/auth/logout');
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.headers['x-csrf-token'])).toEqual([
      'token-1',
      'token-2',
    ]);
  });

  it('retries once with a fresh token on 403 csrf_invalid', async () => {
    let issued = 0;
    const { requests } = installFakeApi({
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: `token-${++issued}` } }),
      'POST /api/things': (request) =>
        request.headers['x-csrf-token'] === 'token-2'
          ? { status: 201, body: { ok: true } }
          : { status: 403, body: errorBody(403, 'csrf_invalid', 'Ongeldig CSRF-token.') },
    });
    await expect(api.post('/things', {})).resolves.toEqual({ ok: true });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/things',
      'GET /api/auth/csrf',
      'POST /api/things',
    ]);
  });

  it('gives up after one retry, and does not retry other 403s', async () => {
    const { requests } = installFakeApi({
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 'stale' } }),
      'POST /api/csrf': () => ({ status: 403, body: errorBody(403, 'csrf_invalid', 'Ongeldig CSRF-token.') }),
      'POST /api/forbidden': () => ({ status: 403, body: errorBody(403, 'forbidden', 'Geen toegang.') }),
    });
    await expect(api.post('/csrf')).rejects.toMatchObject({ status: 403, code: 'csrf_invalid' });
    expect(requests.filter((r) => r.url === '/api/csrf')).toHaveLength(2);
    await expect(api.post('/forbidden')).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(requests.filter((r) => r.url === '/api/forbidden')).toHaveLength(1);
  });

  it('throws an ApiError carrying the error body', async () => {
    const body = { ...errorBody(429, 'login_rate_limited', 'Te veel pogingen.'), requestId: 'r-1' };
    installFakeApi({
      'GET /api/auth/csrf': () => ({ status: 200, body: { csrfToken: 't' } }),
      'POST /api/auth/login': () => ({ status: 429, body }),
    });
    const error = await api.post('/auth/login', { email: 'a@b.nl', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'login_rate_limited', fromServer: true, body, message: 'Te veel pogingen.' });
  });

  it('turns a non-JSON error page into an ApiError that is not from the server', async () => {
    globalThis.fetch = jest.fn(async () => ({
      ok: false,
      status: 502,
      statusText: 'Bad Gateway',
      text: async () => '<html>bad gateway</html>',
    })) as unknown as typeof fetch;
    await expect(api.get('/me')).rejects.toMatchObject({ status: 502, code: 'unexpected_response', fromServer: false });
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(api.get('/me')).rejects.toMatchObject({ status: 0, code: 'network_error', fromServer: false });
  });

  it('does not cache a failed token fetch', async () => {
    let csrfCalls = 0;
    installFakeApi({
      'GET /api/auth/csrf': () =>
        ++csrfCalls === 1
          ? { status: 503, body: errorBody(503, 'unavailable', 'Even niet beschikbaar.') }
          : { status: 200, body: { csrfToken: 't' } },
      'POST /api/things': () => ({ status: 204 }),
    });
    await expect(api.post('/things')).rejects.toMatchObject({ status: 503 });
    await expect(api.post('/things')).resolves.toBeUndefined();
  });
});
