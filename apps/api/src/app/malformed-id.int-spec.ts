import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * A malformed id names nothing that could exist, so every route answers it 404 before any query (not 400 from one
 * route and a PostgreSQL error from another); a well-formed unknown id is the services' to answer (`unknownId`). Walks every route the application registers,
 * as the access matrix does, so a route added without IdParam fails here.
 */
const MALFORMED = ['not-an-id', '42', '0000000-0000-0000-0000-000000000000z'];

describe('a malformed id in any route', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({}, { collectRoutes: true });
    // The programme office passes every guard, so what answers is the route's parameter handling.
    const person = await given(t.db).person({ isAdmin: true });
    admin = await t.loginAs(person.email);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers 404 on every route with a parameter', async () => {
    const routes = [...new Set(t.routes.filter((route) => route.method !== 'HEAD' && !route.url.startsWith('/api/docs') && !route.hidden).map((route) => `${route.method} ${route.url}`))];
    // The public page's application form names its edition in the body; its slug only leads back to the page. Single
    // sign-on sends a browser back to the login page for any failure, an unknown provider included.
    const leadingBack = ['POST /programmas/:slug/aanmelden', 'GET /api/auth/oidc/:name/login', 'GET /api/auth/oidc/:name/callback'];
    const withParameters = routes.filter((route) => route.includes('/:') && !leadingBack.includes(route));
    expect(withParameters.length).toBeGreaterThan(40);

    const problems: string[] = [];
    for (const route of withParameters) {
      const [method, pattern] = route.split(' ');
      // Every route is called from one address; the limits themselves are tested in rate-limits/ and applications/.
      await t.db.query('DELETE FROM rate_limit_counter');
      for (const value of MALFORMED) {
        const url = pattern.replace(/:[A-Za-z]+/g, value);
        const response = await admin.request(method as Parameters<HttpClient['request']>[0], url);
        if (response.status !== 404) problems.push(`${route} with ${value}: ${response.status} ${response.text.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers an unknown id to someone with no part in anything as an id of someone else’s edition, and to the programme office 404', async () => {
    const outsider = await t.loginAs((await given(t.db).person()).email);
    // Public things, found by what the link holds, say plainly that there is none (a certificate, a badge, a feed, a
    // programme's page, a login provider); a file format not offered is no id at all.
    const PUBLIC = /^\/(verify|programmas)\/|^\/api\/(badges|calendar|public|auth\/oidc)\/|\.:format$/;
    const routes = [...new Set(t.routes.filter((route) => route.method === 'GET' && !route.hidden && route.url.includes('/:')).map((route) => route.url))].filter(
      // The group proposal needs its query before anything is looked up.
      (url) => !PUBLIC.test(url) && !url.endsWith('/groups/proposal'),
    );
    expect(routes.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const pattern of routes) {
      await t.db.query('DELETE FROM rate_limit_counter');
      const url = pattern.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-00000000abcd');
      const [asOutsider, asOffice] = [await outsider.get(url), await admin.get(url)];
      if (asOutsider.status !== 403) problems.push(`${pattern} as an outsider: ${asOutsider.status} ${asOutsider.text.slice(0, 100)}`);
      if (asOffice.status !== 404) problems.push(`${pattern} as the programme office: ${asOffice.status} ${asOffice.text.slice(0, 100)}`);
    }
    expect(problems).toEqual([]);
  });

  it('answers a write with an unknown id alike: 403 to someone with no part in anything, 404 to the programme office', async () => {
    const outsider = await t.loginAs((await given(t.db).person()).email);
    const PUBLIC = /^\/(verify|programmas)\/|^\/api\/(badges|calendar|public|auth\/oidc)\/|^\/(aanmelding|directeur|afmelden|herinneringen)/;
    // One's own things (an invitation addressed to one, one's team, tokens and hooks) are looked up among one's own:
    // a 404 there says nothing about anyone else's.
    const OWN = /^\/api\/(me|invitations|api-tokens|webhooks)\//;
    const routes = [...new Set(t.routes.filter((route) => !['GET', 'HEAD'].includes(route.method) && !route.hidden && route.url.includes('/:')).map((route) => `${route.method} ${route.url}`))].filter(
      (route) => !PUBLIC.test(route.split(' ')[1]),
    );
    expect(routes.length).toBeGreaterThan(60);
    const problems: string[] = [];
    let decidedByTheId = 0;
    for (const route of routes) {
      const [method, pattern] = route.split(' ') as [Parameters<HttpClient['request']>[0], string];
      await t.db.query('DELETE FROM rate_limit_counter');
      const url = pattern.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-00000000abcd');
      // An empty body: a route that needs one may refuse it first (400, or 415 for an upload), which says nothing
      // about the id either.
      const [asOutsider, asOffice] = [await outsider.request(method, url, {}), await admin.request(method, url, {})];
      const refusedAlike = [403, 400, 415, ...(OWN.test(pattern) ? [404] : [])];
      if (!refusedAlike.includes(asOutsider.status)) problems.push(`${route} as an outsider: ${asOutsider.status} ${asOutsider.text.slice(0, 100)}`);
      if (![404, 400, 415].includes(asOffice.status)) problems.push(`${route} as the programme office: ${asOffice.status} ${asOffice.text.slice(0, 100)}`);
      if (asOffice.status === 404) decidedByTheId++;
    }
    expect(problems).toEqual([]);
    // Half of them take no body or an empty one, so the id decides (36 of 76 on 6 December 2026).
    expect(decidedByTheId).toBeGreaterThan(30);
  });

  it('still documents the id as a path parameter in the OpenAPI document', async () => {
    const document = (await t.anonymous().get('/api/docs-json')).body;
    const parameters = document.paths['/api/editions/{editionId}/sessions/{sessionId}/staff'].put.parameters;
    expect(parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'editionId', in: 'path', required: true }),
        expect.objectContaining({ name: 'sessionId', in: 'path', required: true }),
      ]),
    );
  });
});
