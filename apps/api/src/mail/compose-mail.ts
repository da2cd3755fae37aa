import { markdownToMailHtml } from '@koers/shared/markdown';
import type { Locale } from '@koers/shared/domain';
import { escapeHtml } from './escape-html';
import type { MailAttachment, MailContent } from './mailer';

/** The parts every Koers mail is made of; `composeMail` turns them into the text and HTML versions. */
export interface MailParts {
  /** The recipient's language: the words, and the HTML part's `lang` (screen readers pronounce by it). */
  locale: Locale;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A text someone wrote in Koers (feedback, a post): Markdown, shown as the web app shows it. */
  markdown?: string;
  /** Label–value lines such as "Wanneer: di 9 maart 2027, 09:30". */
  details?: [label: string, value: string][];
  /** The link into Koers. */
  action: { label: string; url: string };
  /** Small print under the action: why the mail came, how to switch it off. */
  footer?: string[];
  attachments?: MailAttachment[];
}

const STYLE = {
  body: 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1f2a;max-width:36rem',
  details: 'border-collapse:collapse;margin:0 0 16px',
  label: 'padding:2px 16px 2px 0;font-weight:bold;vertical-align:top',
  action: 'display:inline-block;padding:10px 18px;background:#0a58a8;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold',
  footer: 'color:#4a5263;font-size:14px',
};

export function composeMail(parts: MailParts): MailContent {
  const details = parts.details ?? [];
  const footer = parts.footer ?? [];
  const text = [
    parts.greeting,
    ...parts.paragraphs,
    ...(parts.markdown ? [parts.markdown] : []),
    ...(details.length > 0 ? [details.map(([label, value]) => `${label}: ${value}`).join('\n')] : []),
    `${parts.action.label}: ${parts.action.url}`,
    ...(footer.length > 0 ? [`-- \n${footer.join('\n')}`] : []),
  ].join('\n\n');
  const paragraph = (content: string, style?: string) => `<p${style ? ` style="${style}"` : ''}>${content}</p>`;
  const html = [
    `<!doctype html><html lang="${parts.locale}"><body><div style="${STYLE.body}">`,
    paragraph(escapeHtml(parts.greeting)),
    ...parts.paragraphs.map((p) => paragraph(escapeHtml(p).replace(/\n/g, '<br>'))),
    parts.markdown ? `<div>${markdownToMailHtml(parts.markdown)}</div>` : '',
    details.length > 0
      ? `<table role="presentation" style="${STYLE.details}">${details
          .map(([label, value]) => `<tr><td style="${STYLE.label}">${escapeHtml(label)}</td><td>${escapeHtml(value)}</td></tr>`)
          .join('')}</table>`
      : '',
    paragraph(`<a href="${escapeHtml(parts.action.url)}" style="${STYLE.action}">${escapeHtml(parts.action.label)}</a>`),
    ...footer.map((line) => paragraph(escapeHtml(line), STYLE.footer)),
    '</div></body></html>',
  ].join('');
  return { subject: parts.subject, text: `${text}\n`, html, ...(parts.attachments && { attachments: parts.attachments }) };
}
