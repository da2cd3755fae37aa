import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../test/test-app';

/** The built web app as the API serves it: its files, and its page for every path of the app's router. */
describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    const webDir = await mkdtemp(path.join(os.tmpdir(), 'koers-web-'));
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><html lang="nl"><title>Koers</title></html>');
    await copyFile(path.join(__dirname, '../../../web/public/favicon.ico'), path.join(webDir, 'favicon.ico'));
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
});
