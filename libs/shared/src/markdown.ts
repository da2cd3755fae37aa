import MarkdownIt, { type Env } from 'markdown-it';

/**
 * The one Markdown renderer of Koers: CommonMark with GitHub's tables, strikethrough and bare links, for texts written
 * in Koers (instructions, session records, minutes, posts) wherever they are shown: the web app, mails, calendar
 * events. Raw HTML is off, so a writer's `<script>` stays text, and only http(s) and mailto links become links.
 * A single line break is kept as a break, as writers of short texts expect.
 */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: true, breaks: true }).enable(['table', 'strikethrough', 'linkify']);

const SAFE_LINK = /^(https?:|mailto:)/i;
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

// Links leave Koers in a new tab, without giving the other site a handle on this one.
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index].attrSet('target', '_blank');
  tokens[index].attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, index, options);
};

/** Set in the render environment of a mail: a link's address shows beside its words (see markdownToMailHtml). */
const SHOW_ADDRESSES = 'showAddresses';

const { escapeHtml } = markdown.utils;
const addressShown = (address: string, env: Env | undefined) => (env?.[SHOW_ADDRESSES] ? ` (${escapeHtml(address)})` : '');

// A link's address beside its words, in a mail, unless the words are the address (a bare link).
markdown.renderer.rules.link_close = (tokens, index, options, env, self) => {
  let open = index - 1;
  while (tokens[open].type !== 'link_open') open--;
  const bare = tokens[open].markup === 'linkify' || tokens[open].markup === 'autolink';
  return self.renderToken(tokens, index, options) + (bare ? '' : addressShown(String(tokens[open].attrGet('href') ?? ''), env));
};

// An image is shown as a link to it, named by its description (or its address): a picture from another site would
// tell that site who reads the text, and when. Only an address a link may have is kept (validateLink).
// Inside a link (`[![logo](…)](…)`) it is that link's text: a link in a link is no HTML.
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const source = String(tokens[index].attrGet('src') ?? '');
  const description = String(self.renderInlineAsText(tokens[index].children ?? [], options, env)).trim() || source;
  const insideLink = tokens.slice(0, index).reduce((depth, token) => depth + (token.type === 'link_open' ? 1 : token.type === 'link_close' ? -1 : 0), 0) > 0;
  return insideLink
    ? escapeHtml(description)
    : `<a href="${escapeHtml(source)}" target="_blank" rel="noopener noreferrer">${escapeHtml(description)}</a>${description === source ? '' : addressShown(source, env)}`;
};

// Each block takes the direction of its own first letters, so an Arabic or Hebrew paragraph reads right to left
// beside Dutch ones, in the web app and in mails alike.
for (const block of ['paragraph_open', 'bullet_list_open', 'ordered_list_open', 'blockquote_open', 'table_open'] as const) {
  markdown.renderer.rules[block] = (tokens, index, options, _env, self) => {
    tokens[index].attrSet('dir', 'auto');
    return self.renderToken(tokens, index, options);
  };
}

// A heading in a text sits inside a page that has its own headings: it is shown as a bold line, not as a level of the page.
markdown.renderer.rules.heading_open = () => '<p dir="auto"><strong>';
markdown.renderer.rules.heading_close = () => '</strong></p>\n';

/** Markdown as HTML that is safe to place in a page. */
export const markdownToHtml = (source: string): string => markdown.render(source);

/**
 * Markdown as HTML for a mail Koers sends: each link's address shows beside its words ("Log opnieuw in
 * (https://…)"), so words a writer chose cannot pass another site off as Koers's own.
 */
export const markdownToMailHtml = (source: string): string => markdown.render(source, { [SHOW_ADDRESSES]: true });
