import type { Locale } from '@koers/shared/domain';
import type { MailContent } from '../../mail/mailer';
import { type QuotedPostMail, quotedPostMail } from './quoted-post';

export interface DiscussionMentionMail extends QuotedPostMail {
  discussionTitle: string;
  editionName: string;
}

export function discussionMentionMail(input: DiscussionMentionMail, locale: Locale): MailContent {
  return quotedPostMail(input, locale, (by) =>
    locale === 'en'
      ? { subject: `${by} mentioned you in "${input.discussionTitle}"`, intro: `${by} mentioned you in the discussion "${input.discussionTitle}" (${input.editionName}):` }
      : { subject: `${by} noemde je in "${input.discussionTitle}"`, intro: `${by} noemde je in het gesprek "${input.discussionTitle}" (${input.editionName}):` },
  );
}
