import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { loginAtTestProvider, startTestOidcProvider, TEST_OIDC_CLIENT, type TestOidcProvider } from '../../test/oidc-test-provider';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';

const PUBLIC_URL = 'http://koers.test';

describe('single sign-on through an OpenID Connect provider', () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  beforeAll(async () => {
    provider = await startTestOidcProvider([PUBLIC_URL]);
    t = await createTestApp({
      publicUrl: PUBLIC_URL,
      oidcProviders: [
        { name: 'test', label: 'Testprovider', issuer: provider.issuer, ...TEST_OIDC_CLIENT, allowedDomains: [] },
        // Nothing listens on port 9: a provider that cannot be reached.
        { name: 'down', label: 'Onbereikbaar', issuer: 'http://localhost:9/realm', ...TEST_OIDC_CLIENT, allowedDomains: [] },
      ],
      passwordLoginDisabledDomains: ['sso-only.example'],
    });
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });
  afterEach(() => {
    provider.tamperIdToken = null;
    provider.unverifiedEmails.clear();
    provider.claimsOverride.clear();
  });

  /**
   * Starts a login at Koers (returning to `next`), logs in at the provider as `email`, and brings the browser back to
   * Koers' callback, after `change` did what an attacker would to the callback address.
   */
  async function logInThroughProvider(client: HttpClient, email: string, change: (callback: URL) => void = () => {}, next = '/mijn-instellingen') {
    const start = await client.get(`/api/auth/oidc/test/login?next=${encodeURIComponent(next)}`);
    expect(start.status).toBe(302);
    const flowCookie = /koers_oidc_flow=([^;]+)/.exec(String(start.headers['set-cookie']))![1];
    const callback = await loginAtTestProvider(String(start.headers.location), email);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${PUBLIC_URL}/api/auth/oidc/test/callback`);
    change(callback);
    return client.get(`${callback.pathname}${callback.search}`, { cookie: `koers_oidc_flow=${flowCookie}` });
  }

  it('lists the providers for the login page, without a login', async () => {
    const providers = await t.anonymous().get('/api/auth/providers');
    expect(providers.status).toBe(200);
    expect(providers.body).toEqual([
      { name: 'test', label: 'Testprovider' },
      { name: 'down', label: 'Onbereikbaar' },
    ]);
  });

  it('sends the browser to the provider with PKCE, state and nonce, keeping them in a short-lived signed cookie', async () => {
    const start = await t.anonymous().get('/api/auth/oidc/test/login');
    expect(start.status).toBe(302);
    const authorization = new URL(String(start.headers.location));
    expect(authorization.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: TEST_OIDC_CLIENT.clientId,
      redirect_uri: `${PUBLIC_URL}/api/auth/oidc/test/callback`,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      state: expect.any(String),
      nonce: expect.any(String),
      code_challenge: expect.any(String),
    });
    expect(String(start.headers['set-cookie'])).toMatch(/koers_oidc_flow=.*Max-Age=600; Path=\/api\/auth\/oidc\/; HttpOnly; SameSite=Lax/);
  });

  it('logs a known, verified address into its Koers account, and the programme office sees how they logged in', async () => {
    const person = await given(t.db).person({ name: 'Sanne Single' });
    const client = t.anonymous();
    const callback = await logInThroughProvider(client, person.email.toUpperCase());
    expect(callback.status).toBe(302);
    expect(callback.headers.location).toBe('/mijn-instellingen');
    expect(String(callback.headers['set-cookie'])).toMatch(/koers_session=[^;]+;.*HttpOnly/);

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: person.id, name: 'Sanne Single' });

    await given(t.db).person({ email: 'office-sso@koers.test', isAdmin: true });
    const office = await t.loginAs('office-sso@koers.test');
    const people = await office.get(`/api/admin/people?search=${encodeURIComponent('Sanne Single')}`);
    expect(people.body.items).toEqual([expect.objectContaining({ id: person.id, lastLogin: { at: expect.any(String), provider: 'test' } })]);
  });

  it('refuses an address that has no Koers account, and one the provider has not verified', async () => {
    const unknown = await logInThroughProvider(t.anonymous(), 'nobody@elsewhere.example');
    expect(unknown.status).toBe(302);
    expect(unknown.headers.location).toBe('/inloggen?sso_error=unknown_account');
    expect(unknown.headers['set-cookie']).not.toMatch(/koers_session=[^;]/);

    const person = await given(t.db).person();
    provider.unverifiedEmails.add(person.email);
    const unverified = await logInThroughProvider(t.anonymous(), person.email);
    expect(unverified.headers.location).toBe('/inloggen?sso_error=email_unverified');

    // A registration without the optional email claim sends no address at all: said so, not that it is unconfirmed.
    const withoutAddress = await given(t.db).person();
    provider.claimsOverride.set(withoutAddress.email, { email: undefined, email_verified: undefined });
    expect((await logInThroughProvider(t.anonymous(), withoutAddress.email)).headers.location).toBe('/inloggen?sso_error=email_missing');
  });

  it('takes Entra ID\'s verified-domain claim (xms_edov) for a verified address, since Entra sends no email_verified', async () => {
    const person = await given(t.db).person();
    provider.claimsOverride.set(person.email, { email_verified: undefined, xms_edov: true });
    expect((await logInThroughProvider(t.anonymous(), person.email)).headers.location).toBe('/mijn-instellingen');
    provider.claimsOverride.set(person.email, { email_verified: undefined, xms_edov: false });
    expect((await logInThroughProvider(t.anonymous(), person.email)).headers.location).toBe('/inloggen?sso_error=email_unverified');
  });

  it('refuses a callback whose state is not the one the login started with', async () => {
    const person = await given(t.db).person();
    const client = t.anonymous();
    const wrongState = await logInThroughProvider(client, person.email, (callback) => callback.searchParams.set('state', 'forged-state'));
    expect(wrongState.status).toBe(302);
    expect(wrongState.headers.location).toBe('/inloggen?sso_error=failed');
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('refuses a callback without the flow cookie, or one the browser altered', async () => {
    const person = await given(t.db).person();
    const start = await t.anonymous().get('/api/auth/oidc/test/login');
    const callback = await loginAtTestProvider(String(start.headers.location), person.email);
    const path = `${callback.pathname}${callback.search}`;
    expect((await t.anonymous().get(path)).headers.location).toBe('/inloggen?sso_error=failed');
    expect((await t.anonymous().get(path, { cookie: 'koers_oidc_flow=e30.forged' })).headers.location).toBe('/inloggen?sso_error=failed');
  });

  it('refuses an ID token that was altered after the provider signed it', async () => {
    const person = await given(t.db).person();
    const victim = await given(t.db).person({ isAdmin: true });
    provider.tamperIdToken = (claims) => ({ ...claims, email: victim.email });
    const client = t.anonymous();
    const tampered = await logInThroughProvider(client, person.email);
    expect(tampered.headers.location).toBe('/inloggen?sso_error=failed');
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('leads a browser to the login page for a provider that is not configured, and answers 400 for a return path too long to keep', async () => {
    // A login page opened before the provider was taken out of the settings, or a browser coming back from it meanwhile,
    // lands on the login page, as any failure.
    expect((await t.anonymous().get('/api/auth/oidc/nowhere/login')).headers.location).toBe('/inloggen?sso_error=unavailable');
    // One that does not answer: said so, not to try again.
    expect((await t.anonymous().get('/api/auth/oidc/down/login')).headers.location).toBe('/inloggen?sso_error=unavailable');
    expect((await t.anonymous().get('/api/auth/oidc/nowhere/callback?code=x&state=y')).headers.location).toBe('/inloggen?sso_error=failed');
    expect((await t.anonymous().get(`/api/auth/oidc/test/login?next=/${'x'.repeat(1000)}`)).status).toBe(400);
  });

  it('lands only on a path of this site after login, whatever ?next= says', async () => {
    const person = await given(t.db).person();
    const landed = await logInThroughProvider(t.anonymous(), person.email, () => {}, '//evil.example/phish');
    expect(landed.headers.location).toBe('/');
    // Browsers drop a tab in a URL, which would turn this into //evil.example.
    const tabbed = await logInThroughProvider(t.anonymous(), person.email, () => {}, '/\t/evil.example/phish');
    expect(tabbed.headers.location).toBe('/');
  });

  it('refuses a password login for a domain that logs in through single sign-on only, but not through the provider', async () => {
    const person = await given(t.db).person({ email: 'jan@sso-only.example' });
    const refused = await t.anonymous().post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'password_login_disabled', message: expect.stringContaining('Inloggen met') });
    expect((await logInThroughProvider(t.anonymous(), person.email)).headers.location).toBe('/mijn-instellingen');
  });

  it('ends the Koers session at logout and offers the provider\'s logout', async () => {
    const person = await given(t.db).person();
    const client = t.anonymous();
    await logInThroughProvider(client, person.email);
    await client.refreshCsrf();
    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(200);
    const endSession = new URL(logout.body.providerLogout.url);
    expect(logout.body.providerLogout.label).toBe('Testprovider');
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/inloggen`);
    expect(endSession.searchParams.get('client_id')).toBe(TEST_OIDC_CLIENT.clientId);
    expect((await client.get('/api/me')).status).toBe(401);

    const byPassword = await t.loginAs(person.email);
    expect((await byPassword.post('/api/auth/logout')).body).toEqual({ providerLogout: null });
  });
});
