import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { type InvitationOccasion, occasionWording } from './invitation-occasion';
import { greeting } from './session-details';

export interface InvitationMail {
  name: string;
  /** One sentence saying why, in the mail's language ("Je bent ingeschreven voor HIS-I 3.0."). */
  reason: string;
  link: string;
  validDays: number;
  /** Invited by a colleague or a director rather than enrolled by the programme office: accepted after the first login. */
  occasion?: InvitationOccasion;
}

export function invitationMail(input: InvitationMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: 'Your Koers account is ready',
          intro: input.occasion
            ? `${input.reason} Choose a password to log in to Koers; then accept the invitation under Invitations.`
            : `${input.reason} Choose a password to log in to Koers, where you find the programme schedule and everything you need to prepare.`,
          action: 'Choose your password',
          validity: `The link works once, for ${input.validDays} days. Afterwards you can always ask for a new one on the login page.`,
        }
      : {
          subject: 'Je Koers-account staat klaar',
          intro: input.occasion
            ? `${input.reason} Kies een wachtwoord om in te loggen op Koers; daarna accepteer je de uitnodiging onder Uitnodigingen.`
            : `${input.reason} Kies een wachtwoord om in te loggen op Koers. Daar vind je het programma en alles wat je nodig hebt om je voor te bereiden.`,
          action: 'Kies je wachtwoord',
          validity: `De link werkt één keer, ${input.validDays} dagen lang. Daarna kun je op de inlogpagina altijd een nieuwe aanvragen.`,
        };
  const occasion = input.occasion && occasionWording(input.occasion, locale);
  return {
    ...composeMail({
      locale,
      subject: occasion?.subject ?? text.subject,
      greeting: greeting(input.name, locale),
      paragraphs: [text.intro],
      details: occasion?.details,
      action: { label: text.action, url: input.link },
      footer: [text.validity],
    }),
    carriesSecret: true,
  };
}
