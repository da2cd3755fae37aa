import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { PAGE_PRELOADS_FILE, type PagePreloads } from '@koers/shared/web-app';
import { temporaryFolders } from '../../test/temporary-folders';
import { createTestApp, type TestApp } from '../../test/test-app';

/** The built web app as the API serves it: its files, and its page for every path of the app's router. */
const SCRIPT = `export const texts = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `bijeenkomst ${i}`))};\n`;

describe('serving the web app', () => {
  let t: TestApp;
  const folder = temporaryFolders();
  beforeAll(async () => {
    const webDir = await folder('koers-web-');
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><html lang="nl"><head><title>Koers</title></head><body></body></html>');
    // As the build lists what each of the router's paths needs besides the app's own files (apps/web/vite/page-preloads.ts).
    await mkdir(path.join(webDir, '.vite'));
    await writeFile(
      path.join(webDir, PAGE_PRELOADS_FILE),
      JSON.stringify({
        pages: [
          { path: '/programma', scripts: ['/assets/my-programme-page-Ab12.js', '/assets/dates-Cd34.js'], styles: ['/assets/my-programme-page-Ef56.css'] },
          { path: '/edities/:editionId', scripts: ['/assets/edition-page-Gh78.js'], styles: [] },
          { path: '/edities/nieuw', scripts: ['/assets/open-edition-page-Ij90.js'], styles: [] },
          { path: '/sessies/:sessionId/aanwezigheid', scripts: ['/assets/roster-page-Kl12.js'], styles: [] },
        ],
      } satisfies PagePreloads),
    );
    await copyFile(path.join(__dirname, '../../../web/public/favicon.ico'), path.join(webDir, 'favicon.ico'));
    // As the build leaves a content-hashed script: the file and its brotli and gzip copies.
    await writeFile(path.join(webDir, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
    await writeFile(path.join(webDir, 'assets', 'index-Ab12Cd34.js.br'), zlib.brotliCompressSync(SCRIPT));
    await writeFile(path.join(webDir, 'assets', 'index-Ab12Cd34.js.gz'), zlib.gzipSync(SCRIPT));
    t = await createTestApp({ webDir });
  });
  afterAll(() => t?.close());

  it('serves the favicon browsers ask for by themselves', async () => {
    const icon = await t.anonymous().get('/favicon.ico');
    expect([icon.status, icon.headers['content-type']]).toEqual([200, 'image/vnd.microsoft.icon']);
  });

  it('answers the app’s pages with the app, also to clients that send no Accept header or accept anything', async () => {
    for (const accept of ['text/html,application/xhtml+xml', '*/*', '']) {
      const page = await t.anonymous().get('/mijn-programma', accept ? { accept } : {});
      expect([accept, page.status, String(page.headers['content-type'])]).toEqual([accept, 200, expect.stringContaining('text/html')]);
    }
    expect((await t.anonymous().get('/', {})).status).toBe(200);
  });

  it('answers HEAD on the app’s pages with GET’s status and headers, as uptime monitors and link checkers ask', async () => {
    // Node's HTTP server leaves a HEAD answer's body out; Fastify's inject, used here, does not.
    const headers = ({ status, headers: { 'content-type': type, 'content-length': length, etag } }: { status: number; headers: Record<string, unknown> }) => [status, type, length, etag];
    for (const pagePath of ['/', '/login', '/mijn-programma', '/sessies/3f8a/aanwezigheid']) {
      const [head, get] = [await t.anonymous().request('HEAD', pagePath, undefined, {}), await t.anonymous().get(pagePath, {})];
      expect([pagePath, ...headers(head)]).toEqual([pagePath, ...headers(get)]);
      expect(headers(get)[0]).toBe(200);
    }
    expect((await t.anonymous().request('HEAD', '/api/bestaat-niet', undefined, {})).status).toBe(404);
  });

  it('serves a programme’s public page itself, not the app, while the programme office’s pages stay the app’s', async () => {
    const publicPage = await t.anonymous().get('/programmas/bestaat-niet', { accept: 'text/html' });
    expect([publicPage.status, publicPage.text]).toEqual([404, expect.stringContaining('Programma niet gevonden')]);
    const officePage = await t.anonymous().get('/beheer/programmas', { accept: 'text/html' });
    expect([officePage.status, officePage.text]).toEqual([200, expect.stringContaining('<title>Koers</title>')]);
  });

  it('names in each page the files its first visit needs besides the app’s own, so they download beside the app', async () => {
    const preloadsOf = async (url: string) => {
      const page = await t.anonymous().get(url, { accept: 'text/html' });
      expect([url, page.status]).toEqual([url, 200]);
      return [...page.text.matchAll(/<link rel="(modulepreload|preload)"( as="fetch")?[^>]* href="([^"]+)">/g)].map(
        (link) => `${link[2] ? 'fetch' : link[1]} ${/fetchpriority="low"/.test(link[0]) ? 'low ' : ''}${link[3]}`,
      );
    };
    expect(await preloadsOf('/programma')).toEqual([
      'fetch /api/me/schedule',
      'fetch /api/me/next-session',
      'fetch /api/me/calendar',
      'modulepreload low /assets/my-programme-page-Ab12.js',
      'modulepreload low /assets/dates-Cd34.js',
      'preload low /assets/my-programme-page-Ef56.css',
    ]);
    expect(await preloadsOf('/programma/?week=2')).toEqual(expect.arrayContaining(['modulepreload low /assets/my-programme-page-Ab12.js']));
    // A parameter takes any one segment; a fixed segment wins over it, whichever the build listed first.
    expect(await preloadsOf('/edities/4f1c2a9e-0b7d-4c55-9a61-3e2f8d7c1b05')).toEqual(['modulepreload low /assets/edition-page-Gh78.js']);
    expect(await preloadsOf('/edities/nieuw')).toEqual(['modulepreload low /assets/open-edition-page-Ij90.js']);
    expect(await preloadsOf('/edities/a/b')).toEqual([]);
    // The requests a page's first screen waits for, with the visited path's parameter in them, encoded as one segment.
    expect(await preloadsOf('/sessies/0b7d4c55/aanwezigheid')).toEqual([
      'fetch /api/sessions/0b7d4c55/check-in',
      'fetch /api/sessions/0b7d4c55/roster',
      'modulepreload low /assets/roster-page-Kl12.js',
    ]);
    expect(await preloadsOf('/sessies/a%22%3E%3Cscript%3E%2F..%2Fx/aanwezigheid')).toEqual([
      'fetch /api/sessions/a%22%3E%3Cscript%3E%2F..%2Fx/check-in',
      'fetch /api/sessions/a%22%3E%3Cscript%3E%2F..%2Fx/roster',
      'modulepreload low /assets/roster-page-Kl12.js',
    ]);
    expect(await preloadsOf('/bestaat-niet')).toEqual([]);
    // Compressed as the browser accepts, each kind once.
    for (const [acceptEncoding, encoding, decompress] of [
      ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
      ['gzip, br;q=0', 'gzip', zlib.gunzipSync],
    ] as const) {
      const page = await t.anonymous().get('/programma', { accept: 'text/html', 'accept-encoding': acceptEncoding });
      expect([page.headers['content-encoding'], page.headers.vary, decompress(page.raw).toString()]).toEqual([encoding, 'accept-encoding', expect.stringContaining('my-programme-page-Ab12.js')]);
    }
    // The list itself is the build's, not the browser's.
    expect((await t.anonymous().get(`/${PAGE_PRELOADS_FILE}`, { accept: '*/*' })).status).toBe(404);
  });

  it('answers a page the browser still has (by its ETag) with 304, and a changed one in full', async () => {
    const first = await t.anonymous().get('/programma', { accept: 'text/html' });
    const etag = String(first.headers.etag);
    const again = await t.anonymous().get('/programma', { accept: 'text/html', 'if-none-match': etag });
    expect([again.status, again.text]).toEqual([304, '']);
    const other = await t.anonymous().get('/edities/nieuw', { accept: 'text/html', 'if-none-match': etag });
    expect([other.status, other.headers.etag]).toEqual([200, expect.not.stringMatching(etag)]);
  });

  it('keeps the JSON 404 for the API, for missing files and for clients that ask for JSON only', async () => {
    for (const [url, accept] of [
      ['/api/nope', '*/*'],
      ['/assets/gone-1234.js', '*/*'],
      ['/mijn-programma', 'application/json'],
    ]) {
      const response = await t.anonymous().get(url, { accept });
      expect([url, response.status, response.body?.error]).toEqual([url, 404, 'not_found']);
    }
  });

  it('sends the build’s compressed copy the browser accepts, and the plain file to one that accepts none', async () => {
    const brotli = await t.anonymous().get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect([brotli.status, brotli.headers['content-encoding'], String(brotli.headers['content-type'])]).toEqual([200, 'br', expect.stringContaining('javascript')]);
    expect(zlib.brotliDecompressSync(brotli.raw).toString()).toBe(SCRIPT);
    expect(brotli.headers.vary).toContain('accept-encoding');

    const gzip = await t.anonymous().get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect([gzip.headers['content-encoding'], zlib.gunzipSync(gzip.raw).toString()]).toEqual(['gzip', SCRIPT]);

    const plain = await t.anonymous().get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
    expect([plain.headers['content-encoding'], plain.text]).toEqual([undefined, SCRIPT]);
  });

  it('lets browsers keep content-hashed files for a year and revalidate the page and everything else', async () => {
    const script = await t.anonymous().get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/mijn-programma', '/favicon.ico']) {
      const response = await t.anonymous().get(url, { accept: 'text/html' });
      expect([url, response.headers['cache-control']]).toEqual([url, 'no-cache']);
    }
  });

  it('sends a page every security header, and API answers those that mean something outside a page, uncached', async () => {
    const page = await t.anonymous().get('/mijn-programma', { accept: 'text/html' });
    const answer = await t.anonymous().get('/api/health');
    const pageOnly = ['cross-origin-opener-policy', 'origin-agent-cluster', 'x-dns-prefetch-control', 'x-download-options', 'x-xss-protection'];
    const everywhere = ['content-security-policy', 'cross-origin-resource-policy', 'referrer-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'x-request-id'];
    for (const name of [...pageOnly, ...everywhere]) expect([name, page.headers[name]]).toEqual([name, expect.any(String)]);
    for (const name of everywhere) expect([name, answer.headers[name]]).toEqual([name, expect.any(String)]);
    for (const name of pageOnly) expect([name, answer.headers[name]]).toEqual([name, undefined]);
    expect(answer.headers['cache-control']).toBe('no-store');
    // No frame anywhere, as the content security policy's frame-ancestors says, for browsers that read only the old header.
    expect([page.headers['x-frame-options'], page.headers['content-security-policy']]).toEqual(['DENY', expect.stringContaining("frame-ancestors 'none'")]);
    // The OpenAPI pages under /api/docs are HTML.
    expect((await t.anonymous().get('/api/docs', { accept: 'text/html' })).headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('compresses API answers over 1 KB for clients that accept it, and leaves small ones alone', async () => {
    const docs = await t.anonymous().get('/api/docs-json', { 'accept-encoding': 'br, gzip' });
    expect([docs.status, docs.headers['content-encoding']]).toEqual([200, 'br']);
    expect(JSON.parse(zlib.brotliDecompressSync(docs.raw).toString()).openapi).toMatch(/^3\./);

    const health = await t.anonymous().get('/api/health/live', { 'accept-encoding': 'br, gzip' });
    expect([health.status, health.headers['content-encoding']]).toEqual([200, undefined]);
  });
});
