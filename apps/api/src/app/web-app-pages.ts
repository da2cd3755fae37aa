import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { PAGE_FIRST_REQUESTS, PAGE_PRELOADS_FILE, type PagePreload, type PagePreloads } from '@koers/shared/web-app';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Encoding = 'br' | 'gzip' | 'identity';

interface AppPage {
  etag: string;
  /** The page in each encoding, compressed (at the highest level) when first asked for. */
  body: (encoding: Encoding) => Buffer;
}

type Params = Record<string, string>;

interface RouteMatcher {
  /** react-router's ranking: a fixed segment counts for more than a parameter, so `/edities/nieuw` beats `/edities/:id`. */
  score: number;
  /** The path's parameters when the path is the route's. */
  match: (segments: string[]) => Params | undefined;
  page: (params: Params) => AppPage;
}

/**
 * The web app's index.html, once per path of its router: each names the files its page needs besides the app's own
 * (`<link rel="modulepreload">`, listed by the build in PAGE_PRELOADS_FILE) and the API requests its first screen waits
 * for (PAGE_FIRST_REQUESTS), so that on a first visit the browser fetches them beside the app's code rather than after
 * it has run. Worked out once at start, or per visited path for a page whose requests name one of its parameters.
 */
export class WebAppPages {
  private constructor(
    private readonly matchers: RouteMatcher[],
    private readonly plain: AppPage,
  ) {}

  static async load(webDir: string): Promise<WebAppPages> {
    const index = await readFile(path.join(webDir, 'index.html'), 'utf8');
    const preloads = await readFile(path.join(webDir, PAGE_PRELOADS_FILE), 'utf8').then(
      (json) => (JSON.parse(json) as PagePreloads).pages,
      // A build without the list (an older one, or the dev server's) still serves the app; pages then load after it.
      () => [] as PagePreload[],
    );
    const matchers = preloads.map((preload) => routeMatcher(preload.path, pageFor(index, preload)));
    return new WebAppPages(matchers.sort((a, b) => b.score - a.score), appPage(index));
  }

  /**
   * Unknown GET paths outside /api belong to the single-page app's router, for browsers and for clients that accept
   * anything (curl, link checkers): they get the page, or 304 when the browser's copy (by its ETag) is still the one.
   * HEAD gets the same answer without its body (uptime monitors and mail scanners check links with it).
   * A missing file (a path ending in an extension, like an old script chunk) and a client that asks for JSON only are
   * left to the JSON 404 (false).
   */
  serve(request: FastifyRequest, reply: FastifyReply): boolean {
    const accepts = request.headers.accept || '*/*';
    const pathname = request.url.split('?')[0];
    if ((request.method !== 'GET' && request.method !== 'HEAD') || pathname.startsWith('/api/') || /\.[a-z0-9]+$/i.test(pathname) || !/text\/html|\*\/\*/.test(accepts)) return false;
    const segments = pathname.split('/').filter(Boolean);
    const page = this.pageAt(segments);
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    void reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').header('etag', page.etag).header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === page.etag) {
      void reply.code(304).send();
    } else {
      if (encoding !== 'identity') void reply.header('content-encoding', encoding);
      void reply.send(page.body(encoding));
    }
    return true;
  }

  private pageAt(segments: string[]): AppPage {
    for (const matcher of this.matchers) {
      const params = matcher.match(segments);
      if (params) return matcher.page(params);
    }
    return this.plain;
  }
}

/** A page whose first requests name none of its parameters is the same for every visit: made once. */
function pageFor(index: string, preload: PagePreload): (params: Params) => AppPage {
  const requests = PAGE_FIRST_REQUESTS[preload.path] ?? [];
  if (!requests.some((request) => request.includes('/:'))) {
    const page = appPage(withPreloads(index, preload, requests));
    return () => page;
  }
  return (params) => appPage(withPreloads(index, preload, requests.map((request) => filledIn(request, params))), 'fast');
}

/** Each `:parameter` of a request, as the visited path had it: percent-encoded, so it stays one segment of one attribute. */
function filledIn(request: string, params: Params): string {
  return request.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/**
 * A page made once at start is compressed at the highest level (1.5 ms for brotli); one made per visit, as part of
 * the request, at a fast level (0.1 ms) for some 10% more bytes.
 */
function appPage(html: string, compression: 'best' | 'fast' = 'best'): AppPage {
  const best = compression === 'best';
  const compress: Record<Encoding, () => Buffer> = {
    identity: () => Buffer.from(html),
    br: () => zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: best ? zlib.constants.BROTLI_MAX_QUALITY : 5 } }),
    gzip: () => zlib.gzipSync(html, { level: best ? zlib.constants.Z_BEST_COMPRESSION : zlib.constants.Z_DEFAULT_COMPRESSION }),
  };
  const bodies = new Map<Encoding, Buffer>();
  return {
    // Weak: the page goes out as brotli, gzip or as it is, and a strong tag would promise the same bytes for all three.
    etag: `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
    body: (encoding) => {
      let body = bodies.get(encoding);
      if (!body) bodies.set(encoding, (body = compress[encoding]()));
      return body;
    },
  };
}

/** Brotli where the browser takes it, else gzip, else none; an encoding it gives `q=0` it refuses. */
function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(/\s*;\s*q\s*=\s*/))
      .filter(([, quality]) => quality === undefined || Number(quality) > 0)
      .map(([name]) => name),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : 'identity';
}

/**
 * The page's first API requests, at the browser's default priority: the page waits for their answers. Its files at
 * low priority: they are of no use before the app's own script has run, and on a slow phone connection a dozen of
 * them at the default (high) priority share the line with that script and hold back the first paint; asked for at
 * low priority they still arrive beside it, but after it.
 */
function withPreloads(index: string, preload: PagePreload, requests: readonly string[]): string {
  const links = [
    ...requests.map((href) => `<link rel="preload" as="fetch" crossorigin href="${href}">`),
    ...preload.scripts.map((href) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${href}">`),
    ...preload.styles.map((href) => `<link rel="preload" as="style" fetchpriority="low" crossorigin href="${href}">`),
  ];
  return index.replace('</head>', `${links.join('')}</head>`);
}

/** Matches as react-router does: a `:parameter` takes any one segment (decoded), fixed segments ignore case. */
function routeMatcher(routePath: string, page: (params: Params) => AppPage): RouteMatcher {
  const parts = routePath.split('/').filter(Boolean);
  return {
    score: parts.reduce((score, part) => score + (part.startsWith(':') ? 3 : 10), 0),
    match: (segments) => {
      if (segments.length !== parts.length) return undefined;
      const params: Params = {};
      for (const [i, part] of parts.entries()) {
        if (part.startsWith(':')) params[part.slice(1)] = decodedSegment(segments[i]);
        else if (part.toLowerCase() !== segments[i].toLowerCase()) return undefined;
      }
      return params;
    },
    page,
  };
}

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
