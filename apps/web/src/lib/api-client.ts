/**
 * The one way the web app talks to the API: JSON in and out, cookies on the same
 * origin, the CSRF token on every write, the UI language in `Accept-Language`,
 * and every failure as an `ApiError` carrying the API's error body.
 *
 *   const me = await api.get<MeResponse>('/me');
 *   await api.post<void>('/auth/logout');
 *   await api.post<Material>('/sessions/1/materials', formDataWithTheFile);
 */
import { CSRF_HEADER, type ApiErrorBody, type CsrfResponse } from '@koers/shared/api';
import { DEFAULT_LOCALE, type Locale } from '@koers/shared/domain';

export const API_BASE = '/api';

/** Error codes made up by this client (never sent by the server). */
export const CLIENT_ERROR_CODES = {
  network: 'network_error',
  unexpectedResponse: 'unexpected_response',
} as const;

export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;
  /** True when the body came from the API, so `body.message` is fit to show to the user. */
  readonly fromServer: boolean;

  constructor(body: ApiErrorBody, fromServer: boolean, options?: { cause?: unknown }) {
    super(body.message, options);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.body = body;
    this.fromServer = fromServer;
  }

  /** The stable machine-readable code, e.g. `validation_failed`, `csrf_invalid`. */
  get code(): string {
    return this.body.error;
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

let language: Locale = DEFAULT_LOCALE;

/** Called by the i18n provider whenever the UI language changes. */
export function setApiLanguage(next: Locale): void {
  language = next;
}

let csrfToken: Promise<string> | null = null;

/** Forget the CSRF token. Call after login and logout: the token is bound to the session. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

function getCsrfToken(): Promise<string> {
  if (!csrfToken) {
    const pending = send<CsrfResponse>('GET', '/auth/csrf', {}).then((body) => body.csrfToken);
    csrfToken = pending;
    // A failed fetch must not stay cached.
    pending.catch(() => {
      if (csrfToken === pending) csrfToken = null;
    });
  }
  return csrfToken;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.statusCode === 'number' && typeof body.error === 'string' && typeof body.message === 'string';
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await readText(response);
  try {
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (isApiErrorBody(parsed)) return new ApiError(parsed, true);
  } catch {
    // not JSON: a proxy or gateway answered
  }
  return new ApiError(
    {
      statusCode: response.status,
      error: CLIENT_ERROR_CODES.unexpectedResponse,
      message: `HTTP ${response.status} ${response.statusText}`.trim(),
    },
    false,
  );
}

async function send<T>(method: HttpMethod, path: string, options: RequestOptions, csrf?: string): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
  };
  // FormData (file uploads: multipart with its boundary) and a Blob (a CSV file, typed by the Blob) set their own Content-Type.
  const isRaw = options.body instanceof FormData || options.body instanceof Blob;
  if (options.body !== undefined && !isRaw) headers['Content-Type'] = 'application/json';
  if (csrf !== undefined) headers[CSRF_HEADER] = csrf;

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : isRaw ? (options.body as FormData | Blob) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(
      { statusCode: 0, error: CLIENT_ERROR_CODES.network, message: 'Network request failed' },
      false,
      { cause },
    );
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await readText(response);
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new ApiError(
      { statusCode: response.status, error: CLIENT_ERROR_CODES.unexpectedResponse, message: 'Response is not JSON' },
      false,
      { cause },
    );
  }
}

/**
 * The latest write on its way to each method and path, with what it sends: a second one just like it shares its
 * answer. Only the latest: after A, B and A again to one address, the third is a write of its own, so B does not win.
 */
const latestWrites = new Map<string, { body: string; answer: Promise<unknown> }>();

/**
 * What a body sends, to compare two writes by: a file by what identifies it to the person who chose it, anything
 * else as its JSON; null for what cannot be told apart that way (a Blob made from a file's bytes), never shared.
 */
function fingerprint(value: unknown): string | null {
  if (value instanceof File) return `file:${value.name}:${value.size}:${value.lastModified}:${value.type}`;
  if (value instanceof Blob) return null;
  if (value instanceof FormData) {
    const parts = [...value.entries()].map(([name, part]) => [name, typeof part === 'string' ? part : fingerprint(part)]);
    return parts.some(([, part]) => part === null) ? null : JSON.stringify(parts);
  }
  return JSON.stringify(value) ?? '';
}

/**
 * Sends a request to `/api{path}`. Writes carry the CSRF token and are retried once with a fresh token on
 * `csrf_invalid`. A write just like the latest one still on its way to the same address (same method, path and body:
 * a double-click, a form sent twice before the page drew its busy button) is not sent again; both callers get the one
 * answer, so a double-click does not hand in, post or create twice.
 */
export function apiRequest<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  if (method === 'GET') return send<T>(method, path, options);
  const body = fingerprint(options.body);
  // A write its caller may abort is its own: aborting it must not cancel another caller's.
  if (body === null || options.signal) return sendWrite<T>(method, path, options);
  const address = `${method} ${path}`;
  const latest = latestWrites.get(address);
  if (latest?.body === body) return latest.answer as Promise<T>;
  const answer = sendWrite<T>(method, path, options).finally(() => {
    if (latestWrites.get(address)?.answer === answer) latestWrites.delete(address);
  });
  latestWrites.set(address, { body, answer });
  return answer;
}

async function sendWrite<T>(method: HttpMethod, path: string, options: RequestOptions): Promise<T> {
  const tokenUsed = getCsrfToken();
  try {
    return await send<T>(method, path, options, await tokenUsed);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403 && error.code === 'csrf_invalid')) throw error;
    if (csrfToken === tokenUsed) csrfToken = null;
    return send<T>(method, path, options, await getCsrfToken());
  }
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    apiRequest<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    apiRequest<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('DELETE', path, options),
};
