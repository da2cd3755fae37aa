import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of the JavaScript a browser loads before the first page renders: index.html's module script and its preloads. */
export async function initialJavaScriptGzipBytes(webDist: string): Promise<number> {
  const html = await readFile(path.join(webDist, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((match) => match[1]);
  const sizes = await Promise.all(sources.map(async (source) => gzipSync(await readFile(path.join(webDist, source))).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}
