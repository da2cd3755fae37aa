import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { KoersConfig } from '../app/config';

/**
 * What one single sign-on attempt must find again at its callback: the `state`, `nonce` and PKCE `code_verifier` it
 * sent the browser off with. Kept in the browser itself, signed with the server secret, so any replica can finish
 * the login and nothing is stored for attempts that are never finished.
 */
export interface OidcFlow {
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where in the web app to land afterwards (a path on this site). */
  next: string;
  /** Milliseconds since the epoch; an older flow is refused. */
  expiresAt: number;
}

export const OIDC_FLOW_COOKIE = 'koers_oidc_flow';

/** Long enough to log in at the provider, short enough that a stolen cookie is soon worthless. */
export const OIDC_FLOW_MINUTES = 10;

/** Sent only to the callback; SameSite=Lax lets it come along when the provider sends the browser back (a top-level GET). */
export const oidcFlowCookieOptions = (config: Pick<KoersConfig, 'secureCookies'>): CookieSerializeOptions => ({
  path: '/api/auth/oidc/',
  httpOnly: true,
  sameSite: 'lax',
  secure: config.secureCookies,
  maxAge: OIDC_FLOW_MINUTES * 60,
});

const signature = (secret: string, payload: string) => createHmac('sha256', secret).update(`koers-oidc-flow:${payload}`).digest();

export function sealOidcFlow(secret: string, flow: OidcFlow): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${payload}.${signature(secret, payload).toString('base64url')}`;
}

/** The flow in the cookie, or null when it is missing, forged or expired. */
export function openOidcFlow(secret: string, cookie: string | undefined, now = Date.now()): OidcFlow | null {
  const [payload, signed, ...rest] = (cookie ?? '').split('.');
  if (!payload || !signed || rest.length > 0) return null;
  const expected = signature(secret, payload);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcFlow;
    return flow.expiresAt > now ? flow : null;
  } catch {
    return null;
  }
}
