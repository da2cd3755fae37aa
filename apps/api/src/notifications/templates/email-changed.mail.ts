import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

export interface EmailChangedMail {
  name: string;
  oldEmail: string;
  newEmail: string;
  /** Which of the two addresses this copy goes to. */
  to: 'old' | 'new';
  /** False for an account without a password yet: the mail then promises none (the new address gets an invitation). */
  passwordKept?: boolean;
  /** The login page. */
  link: string;
}

/** Both addresses hear of it: the new one that it now logs in, the old one in case the change was not theirs. */
export function emailChangedMail(input: EmailChangedMail, locale: Locale): MailContent {
  const passwordKept = input.passwordKept ?? true;
  const text =
    locale === 'en'
      ? {
          subject: 'Your Koers email address was changed',
          intro: `The programme office changed the email address of your Koers account from ${input.oldEmail} to ${input.newEmail}. From now on you log in with ${input.newEmail}${passwordKept ? '; your password stays the same' : ''}.`,
          notYou: 'Did you not ask for this? Tell the programme office straight away.',
          action: 'Go to the login page',
        }
      : {
          subject: 'Je e-mailadres in Koers is gewijzigd',
          intro: `Het programmabureau heeft het e-mailadres van je Koers-account gewijzigd van ${input.oldEmail} in ${input.newEmail}. Je logt voortaan in met ${input.newEmail}${passwordKept ? '; je wachtwoord blijft hetzelfde' : ''}.`,
          notYou: 'Heb je hier niet om gevraagd? Laat het het programmabureau dan meteen weten.',
          action: 'Naar de inlogpagina',
        };
  return {
    ...composeMail({ locale, subject: text.subject, greeting: greeting(input.name, locale), paragraphs: [text.intro, text.notYou], action: { label: text.action, url: input.link } }),
    ...(input.to === 'old' && { sendTo: input.oldEmail }),
  };
}
