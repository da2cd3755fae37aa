/**
 * A fake network at the fetch boundary for component tests: register handlers
 * per "METHOD /api/path", inspect the requests that were made.
 */
import type { ApiErrorBody } from '@koers/shared/api';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
}

type Handler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export function errorBody(statusCode: number, error: string, message: string): ApiErrorBody {
  return { statusCode, error, message };
}

function toResponse({ status, body }: FakeResponse): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    text: async () => text,
    json: async () => JSON.parse(text),
  } as unknown as Response;
}

export function installFakeApi(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const request: RecordedRequest = {
      method,
      url,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = handlers[`${method} ${url}`];
    if (!handler) return toResponse({ status: 404, body: errorBody(404, 'not_found', `No fake for ${method} ${url}`) });
    return toResponse(await handler(request));
  });
  globalThis.fetch = fetchMock as typeof fetch;
  return { requests, fetchMock };
}
