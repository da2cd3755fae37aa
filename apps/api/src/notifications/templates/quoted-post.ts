import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

/** What every mail about someone's post (a mention in a discussion, peer feedback on a log entry) needs. */
export interface QuotedPostMail {
  name: string;
  authorName: string | null;
  /** The post as written (Markdown), quoted in the mail. */
  body: string;
  link: string;
  settingsFooter: string;
}

/** Longer posts are cut in the mail; the whole post is one click away. */
const QUOTE_LENGTH = 600;

/**
 * A mail that quotes a post: `words` gives its subject and the line before the quote, by the post's author ("Iemand"
 * once their account is gone); the action leads to the post, to read and reply.
 */
export function quotedPostMail(input: QuotedPostMail, locale: Locale, words: (by: string) => { subject: string; intro: string }): MailContent {
  const text = words(input.authorName ?? (locale === 'en' ? 'Someone' : 'Iemand'));
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro],
    markdown: input.body.length > QUOTE_LENGTH ? `${input.body.slice(0, QUOTE_LENGTH)}…` : input.body,
    action: { label: locale === 'en' ? 'Read and reply in Koers' : 'Lees en reageer in Koers', url: input.link },
    footer: [input.settingsFooter],
  });
}
