import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface PasswordChangedMail {
  name: string;
  /** The login page, where a new reset link can be asked for. */
  link: string;
}

/** Says that the password changed, so that an owner who did not change it knows at once. */
export function passwordChangedMail(input: PasswordChangedMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: 'Your Koers password was changed',
          intro: 'The password of your Koers account was just changed. Every other login of your account has ended, and older password links no longer work.',
          notYou: 'Was this not you? Ask for a new password on the login page straight away and tell the programme office.',
          keptCredentials:
            'Your API tokens and the address of your calendar subscription keep working with a new password: if this was not you, also revoke the tokens and make a new calendar link under My settings.',
          action: 'Go to the login page',
        }
      : {
          subject: 'Je Koers-wachtwoord is gewijzigd',
          intro: 'Het wachtwoord van je Koers-account is zojuist gewijzigd. Alle andere inlogsessies van je account zijn beëindigd en oudere wachtwoordlinks werken niet meer.',
          notYou: 'Was jij dit niet? Vraag dan meteen een nieuw wachtwoord aan op de inlogpagina en laat het programmabureau het weten.',
          keptCredentials:
            'Je API-sleutels en het adres van je agenda-abonnement blijven werken met een nieuw wachtwoord: was jij dit niet, trek dan ook de sleutels in en maak een nieuwe agendalink onder Mijn instellingen.',
          action: 'Naar de inlogpagina',
        };
  return composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs: [text.intro, text.notYou, text.keptCredentials], action: { label: text.action, url: input.link } });
}
