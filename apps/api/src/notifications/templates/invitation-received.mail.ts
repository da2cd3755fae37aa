import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { type InvitationOccasion, occasionWording } from './invitation-occasion';
import { greeting } from './session-details';

export interface InvitationReceivedMail {
  name: string;
  /** One sentence saying who invites them to what, in the mail's language. */
  reason: string;
  /** The page in Koers where they accept or decline. */
  link: string;
  occasion?: InvitationOccasion;
}

/** To someone who already has an account: an invitation waits for them in Koers until they accept or decline it. */
export function invitationReceivedMail(input: InvitationReceivedMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: 'You have an invitation in Koers',
          intro: `${input.reason} Log in to Koers to accept or decline the invitation; nothing changes until you do.`,
          action: 'See the invitation',
        }
      : {
          subject: 'Er staat een uitnodiging voor je klaar in Koers',
          intro: `${input.reason} Log in op Koers om de uitnodiging te accepteren of af te slaan; tot dan verandert er niets.`,
          action: 'Bekijk de uitnodiging',
        };
  const occasion = input.occasion && occasionWording(input.occasion, locale);
  return composeMail({
    locale,
    subject: occasion?.subject ?? text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro],
    details: occasion?.details,
    action: { label: text.action, url: input.link },
  });
}
