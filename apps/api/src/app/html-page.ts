import type { Locale } from '@koers/shared/domain';
import type { FastifyReply } from 'fastify';
import type { KoersError } from '../errors/koers-error';
import { escapeHtml as e } from '../mail/escape-html';

export interface HtmlPage {
  locale: Locale;
  /** The page's title, before " – Koers"; escaped here. */
  title: string;
  /** The page's heading, when it is not its title. */
  heading?: string;
  /** The content after the heading, escaped by the caller. */
  body: string;
  /** This page's style rules, after the ones every page shares. */
  style?: string;
  /** More head elements (a description, Open Graph), escaped by the caller. */
  head?: string;
  /** Search engines may list it (the public programme page); every other page is `noindex`. */
  indexable?: boolean;
}

/** The look every server-rendered page shares: the web app's font, text colour and background, and its link colour. */
const BASE_STYLE = `  body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1b1f2a; background: #f4f6f9; }
  a { color: #0a58a8; }`;

/**
 * A page behind a personal link in a mail (an application's, switching reminders off): plain HTML without scripts,
 * whose forms post back to it; its address carries the link's token, which must not travel on to a site it links to.
 */
export function linkPage({ locale, title, body }: Pick<HtmlPage, 'locale' | 'title' | 'body'>): string {
  return htmlPage({
    locale,
    title,
    body,
    head: '<meta name="referrer" content="no-referrer">',
    style: `  main { max-width: 36rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.5rem; }
  button { font: inherit; font-weight: 600; padding: 0.6rem 1.1rem; border-radius: 6px; border: 1px solid #0a58a8; background: #0a58a8; color: #fff; margin: 0.25rem 0.5rem 0.25rem 0; }
  button.secondary { background: #fff; color: #0a58a8; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  textarea { width: 100%; box-sizing: border-box; font: inherit; min-height: 5rem; }`,
  });
}

/** A refused request answered with a page (its error's status and headers), never cached: a browser's form or link. */
export function sendRefusalPage(reply: FastifyReply, error: KoersError, page: string): void {
  void reply
    .status(error.status)
    .headers({ ...error.headers, 'cache-control': 'no-store' })
    .type('text/html; charset=utf-8')
    .send(page);
}

/** An answer that is a server-rendered page, as the OpenAPI document describes it (with a description per case). */
export const HTML_PAGE_ANSWER = { content: { 'text/html': { schema: { type: 'string' } } } };

/** The OpenAPI answer of a page behind a link that does not work (any more). */
export const INVALID_LINK_PAGE = { ...HTML_PAGE_ANSWER, description: 'The link does not work (any more): a page saying so.' };

/**
 * Answers with a page behind a personal link: never cached, as its address holds the link's token. When the link
 * does not work (`InvalidLink` is the error that says so) the page gives that error's words, with 404.
 */
export async function sendLinkPage(
  reply: FastifyReply,
  locale: Locale,
  InvalidLink: abstract new (...args: never[]) => KoersError,
  render: () => Promise<string>,
): Promise<void> {
  void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
  try {
    void reply.send(await render());
  } catch (error) {
    if (!(error instanceof InvalidLink)) throw error;
    const title = locale === 'en' ? 'Link not valid' : 'Link werkt niet';
    void reply.status(404).send(linkPage({ locale, title, body: `<p>${e(error.localizedMessage[locale])}</p>` }));
  }
}

/**
 * A page Koers renders on the server, without scripts: the public programme page, the pages behind the links in
 * application mails and the certificate check. One shell, so each says only what is its own.
 */
export function htmlPage({ locale, title, heading = title, body, style = '', head = '', indexable = false }: HtmlPage): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${indexable ? '' : '<meta name="robots" content="noindex">\n'}<title>${e(title)} – Koers</title>
${head ? `${head}\n` : ''}<style>
${BASE_STYLE}
${style}
</style>
</head>
<body>
<main>
  <h1>${e(heading)}</h1>
  ${body}
</main>
</body>
</html>
`;
}
