import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface SponsorshipEndedMail {
  name: string;
  participantName: string;
  editionName: string;
  /** Withdrawn from the edition, or given to another director of it. */
  reason: 'withdrawn' | 'other_director';
  link: string;
}

/** A director no longer follows a participant they sponsored: the participant left, or has another director now. */
export function sponsorshipEndedMail(input: SponsorshipEndedMail, locale: Locale): MailContent {
  const { participantName, editionName } = input;
  const text =
    locale === 'en'
      ? {
          subject: `${participantName} is no longer yours to follow in ${editionName}`,
          intro:
            input.reason === 'withdrawn'
              ? `${participantName} no longer takes part in ${editionName}. You no longer follow their progress in Koers.`
              : `The programme office has given ${participantName} another director in ${editionName}. You no longer follow their progress in Koers.`,
          action: 'Your participants in Koers',
        }
      : {
          subject: `Je volgt ${participantName} niet meer in ${editionName}`,
          intro:
            input.reason === 'withdrawn'
              ? `${participantName} neemt niet meer deel aan ${editionName}. Je volgt de voortgang van ${participantName} niet meer in Koers.`
              : `Het programmabureau heeft ${participantName} in ${editionName} een andere directeur gegeven. Je volgt de voortgang van ${participantName} niet meer in Koers.`,
          action: 'Je deelnemers in Koers',
        };
  return composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs: [text.intro], action: { label: text.action, url: input.link } });
}
