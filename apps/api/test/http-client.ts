import { CSRF_HEADER } from '@koers/shared/api';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { contractOf, type DocumentedMethod } from './openapi-contract';

/** HEAD is not in the OpenAPI document (Fastify answers it for every GET): its answers are not checked against it. */
type Method = DocumentedMethod | 'HEAD';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
  text: string;
  /** The body's bytes, for downloads (PDF, zip) that are not text. */
  raw: Buffer;
}

/**
 * Talks to the real application over its HTTP stack (Fastify inject), keeping the session cookie and CSRF token like a
 * browser. Every answer is checked against the OpenAPI document (`openapi-contract.ts`): one that does not match
 * fails the test, so the document cannot drift from what the API does.
 */
export class HttpClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    private readonly app: NestFastifyApplication,
    /** The client's IP address as the server sees it. */
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  async login(email: string, password: string): Promise<TestResponse> {
    const response = await this.request('POST', '/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login as ${email} failed: ${response.status} ${response.text}`);
    await this.refreshCsrf();
    return response;
  }

  async refreshCsrf(): Promise<void> {
    const response = await this.request<{ csrfToken: string }>('GET', '/api/auth/csrf');
    this.csrfToken = response.body.csrfToken;
  }

  get = <T = any>(url: string, headers: Record<string, string> = {}) => this.request<T>('GET', url, undefined, headers);
  post = <T = any>(url: string, body?: unknown, headers: Record<string, string> = {}) => this.request<T>('POST', url, body, headers);
  put = <T = any>(url: string, body?: unknown, headers: Record<string, string> = {}) => this.request<T>('PUT', url, body, headers);
  patch = <T = any>(url: string, body?: unknown, headers: Record<string, string> = {}) => this.request<T>('PATCH', url, body, headers);
  delete = <T = any>(url: string, headers: Record<string, string> = {}) => this.request<T>('DELETE', url, undefined, headers);

  async request<T = any>(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const options: InjectOptions = {
      method,
      url,
      remoteAddress: this.remoteAddress,
      headers: {
        ...(this.cookie && { cookie: this.cookie }),
        ...(this.csrfToken && method !== 'GET' && { [CSRF_HEADER]: this.csrfToken }),
        ...headers,
      },
      ...(body !== undefined && (typeof body === 'string' || Buffer.isBuffer(body) ? { payload: body } : { payload: body as object })),
    };
    const response = await this.app.inject(options);
    const setCookie = response.cookies.find((cookie) => cookie.name === 'koers_session');
    if (setCookie) this.cookie = setCookie.value ? `koers_session=${setCookie.value}` : undefined;
    const contentType = String(response.headers['content-type'] ?? '');
    // A compressed answer (the test asked for one with accept-encoding) is read from `raw`.
    const readable = response.body && !response.headers['content-encoding'];
    const result = {
      status: response.statusCode,
      body: (contentType.includes('json') && readable ? JSON.parse(response.body) : response.body) as T,
      headers: response.headers,
      text: response.body,
      raw: response.rawPayload,
    };
    if (method !== 'HEAD') contractOf(this.app).check(method, url, result);
    if (contentType.includes('json') && readable) assertOneInstantForm(url, result.body);
    return result;
  }
}

/**
 * An instant in UTC is written one way in every answer, `…T08:30:00.000Z`: what PostgreSQL writes inside JSON it
 * builds (`…T08:30:00.123456+00:00`) fails the test (`jsonInstant` writes it the API's way). Amsterdam wall-clock
 * times with their offset (`+01:00`, `+02:00`) are another thing and pass.
 */
function assertOneInstantForm(url: string, body: unknown): void {
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/.test(value)) {
      throw new Error(`${url} answered the instant ${value} in PostgreSQL's JSON form; write it with jsonInstant (database/json-instant.ts)`);
    }
    if (value && typeof value === 'object') pending.push(...Object.values(value));
  }
}
