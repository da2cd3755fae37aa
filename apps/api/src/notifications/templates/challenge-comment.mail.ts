import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface ChallengeCommentMail {
  name: string;
  authorName: string | null;
  challengeTitle: string;
  editionName: string;
  /** The log entry's day in words ("vrijdag 20 november 2026"). */
  entryDayInWords: string;
  /** The comment as written (Markdown), quoted in the mail. */
  body: string;
  link: string;
  settingsFooter: string;
}

/** Longer comments are cut in the mail; the whole comment is one click away. */
const QUOTE_LENGTH = 600;

export function challengeCommentMail(input: ChallengeCommentMail, locale: Locale): MailContent {
  const by = input.authorName ?? (locale === 'en' ? 'Someone' : 'Iemand');
  const quote = input.body.length > QUOTE_LENGTH ? `${input.body.slice(0, QUOTE_LENGTH)}…` : input.body;
  const text =
    locale === 'en'
      ? {
          subject: `${by} commented on your log entry`,
          intro: `${by} commented on your log entry of ${input.entryDayInWords} about "${input.challengeTitle}" (${input.editionName}):`,
          action: 'Read and reply in Koers',
        }
      : {
          subject: `${by} reageerde op je logboek`,
          intro: `${by} reageerde op je aantekening van ${input.entryDayInWords} over "${input.challengeTitle}" (${input.editionName}):`,
          action: 'Lees en reageer in Koers',
        };
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
