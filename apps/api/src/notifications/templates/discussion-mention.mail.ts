import type { Locale } from '@koers/shared/domain';
import type { MailContent } from '../../mail/mailer';
import { type QuotedPostMail, quotedPostMail } from './quoted-post';

export interface DiscussionMentionMail extends QuotedPostMail {
  discussionTitle: string;
  editionName: string;
}

/** A thread's title in a mail; empty when its opening post was hidden or its author erased, as the web app says. */
export const threadTitle = (title: string, locale: Locale) => title || (locale === 'en' ? '(title removed)' : '(titel verwijderd)');

export function discussionMentionMail(input: DiscussionMentionMail, locale: Locale): MailContent {
  const title = threadTitle(input.discussionTitle, locale);
  return quotedPostMail(input, locale, (by) =>
    locale === 'en'
      ? { subject: `${by} mentioned you in "${title}"`, intro: `${by} mentioned you in the discussion "${title}" (${input.editionName}):` }
      : { subject: `${by} noemde je in "${title}"`, intro: `${by} noemde je in het gesprek "${title}" (${input.editionName}):` },
  );
}
