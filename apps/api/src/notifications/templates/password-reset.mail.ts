import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface PasswordResetMail {
  name: string;
  link: string;
  validMinutes: number;
}

export function passwordResetMail(input: PasswordResetMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: 'Reset your Koers password',
          intro: 'Someone asked to reset the password of your Koers account.',
          action: 'Choose a new password',
          ignore: `The link works once, for ${input.validMinutes} minutes. Did you not ask for this? Then ignore this email.`,
        }
      : {
          subject: 'Stel je Koers-wachtwoord opnieuw in',
          intro: 'Er is gevraagd om het wachtwoord van je Koers-account opnieuw in te stellen.',
          action: 'Kies een nieuw wachtwoord',
          ignore: `De link werkt één keer, ${input.validMinutes} minuten lang. Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.`,
        };
  return {
    ...composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs: [text.intro], action: { label: text.action, url: input.link }, footer: [text.ignore] }),
    carriesSecret: true,
  };
}
