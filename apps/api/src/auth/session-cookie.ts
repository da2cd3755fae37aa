import type { CookieSerializeOptions } from '@fastify/cookie';
import type { KoersConfig } from '../app/config';

export const SESSION_COOKIE = 'koers_session';

export const sessionCookieOptions = (config: KoersConfig): CookieSerializeOptions => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax',
  secure: config.secureCookies,
});
