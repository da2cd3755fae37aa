import type { Locale } from '@koers/shared/domain';
import type { MailContent } from '../../mail/mailer';
import { type QuotedPostMail, quotedPostMail } from './quoted-post';

export interface ChallengeCommentMail extends QuotedPostMail {
  challengeTitle: string;
  editionName: string;
  /** The log entry's day in words ("vrijdag 20 november 2026"). */
  entryDayInWords: string;
}

export function challengeCommentMail(input: ChallengeCommentMail, locale: Locale): MailContent {
  return quotedPostMail(input, locale, (by) =>
    locale === 'en'
      ? {
          subject: `${by} commented on your log entry`,
          intro: `${by} commented on your log entry of ${input.entryDayInWords} about "${input.challengeTitle}" (${input.editionName}):`,
        }
      : {
          subject: `${by} reageerde op je logboek`,
          intro: `${by} reageerde op je aantekening van ${input.entryDayInWords} over "${input.challengeTitle}" (${input.editionName}):`,
        },
  );
}
