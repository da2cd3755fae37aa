import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface DiscussionMentionMail {
  name: string;
  authorName: string | null;
  discussionTitle: string;
  editionName: string;
  /** The post as written (Markdown), quoted in the mail. */
  body: string;
  link: string;
  settingsFooter: string;
}

/** Longer posts are cut in the mail; the whole post is one click away. */
const QUOTE_LENGTH = 600;

export function discussionMentionMail(input: DiscussionMentionMail, locale: Locale): MailContent {
  const by = input.authorName ?? (locale === 'en' ? 'Someone' : 'Iemand');
  const quote = input.body.length > QUOTE_LENGTH ? `${input.body.slice(0, QUOTE_LENGTH)}…` : input.body;
  const text =
    locale === 'en'
      ? { subject: `${by} mentioned you in "${input.discussionTitle}"`, intro: `${by} mentioned you in the discussion "${input.discussionTitle}" (${input.editionName}):`, action: 'Read and reply in Koers' }
      : { subject: `${by} noemde je in "${input.discussionTitle}"`, intro: `${by} noemde je in het gesprek "${input.discussionTitle}" (${input.editionName}):`, action: 'Lees en reageer in Koers' };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro],
    markdown: quote,
    action: { label: text.action, url: input.link },
    footer: [input.settingsFooter],
  });
}
