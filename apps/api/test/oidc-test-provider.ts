import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** The client Koers is registered as at the test provider. */
export const TEST_OIDC_CLIENT = { clientId: 'koers-test', clientSecret: 'koers-test-client-secret' };

export interface TestOidcProvider {
  issuer: string;
  /** Addresses the provider does not vouch for: their ID tokens say `email_verified: false`. */
  unverifiedEmails: Set<string>;
  /** Claims an account gets instead of the usual ones (an Entra-like `xms_edov` without `email_verified`). */
  claimsOverride: Map<string, Record<string, unknown>>;
  /**
   * When set, every ID token the token endpoint hands out has its claims changed by this function after it was
   * signed: what an attacker between the provider and Koers would do. The signature then no longer matches.
   */
  tamperIdToken: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  close(): Promise<void>;
}

/**
 * A real OpenID Provider (the certified `oidc-provider`) on a free port of this machine, with its development login
 * form: any login name is an account, whose address is that name. Consent is taken as given, as for an
 * organisation's own application. Koers is its one client, with the callback and logout addresses of `publicUrl`.
 */
export async function startTestOidcProvider(publicUrls: string[]): Promise<TestOidcProvider> {
  let handle: http.RequestListener = (_, response) => response.writeHead(503).end();
  const server = http.createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test-signing-key', use: 'sig', alg: 'RS256' };

  const testProvider: TestOidcProvider = {
    issuer,
    unverifiedEmails: new Set(),
    claimsOverride: new Map(),
    tamperIdToken: null,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT.clientId,
        client_secret: TEST_OIDC_CLIENT.clientSecret,
        redirect_uris: publicUrls.map((url) => `${url}/api/auth/oidc/test/callback`),
        post_logout_redirect_uris: publicUrls.map((url) => `${url}/inloggen`),
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    // Short lives, said explicitly (the provider otherwise notes it used its defaults).
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: (_, accountId) => ({
      accountId,
      claims: () => ({
        sub: accountId,
        email: accountId,
        email_verified: !testProvider.unverifiedEmails.has(accountId),
        name: accountId,
        ...testProvider.claimsOverride.get(accountId),
      }),
    }),
    // Consent is implied: every login grants Koers the scopes it asked for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (testProvider.tamperIdToken && ctx.oidc?.route === 'token' && body?.id_token) {
      const [header, payload, signature] = body.id_token.split('.');
      const claims = testProvider.tamperIdToken(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
      ctx.body = { ...body, id_token: [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.') };
    }
  });
  handle = provider.callback();
  return testProvider;
}

/**
 * Logs in at the provider as a browser would, following its redirects with its cookies, and types `email` into its
 * login form: answers the address the provider finally sends the browser back to (Koers' callback with code and state).
 */
export async function loginAtTestProvider(authorizationUrl: string, email: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`The test provider answered ${response.status} without a redirect at ${url}: ${await response.text()}`);
    return new URL(location, url);
  };
  const interaction = await send(authorizationUrl);
  const resume = await send(interaction.href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login: email, password: 'anything' }).toString(),
  });
  return send(resume.href);
}
