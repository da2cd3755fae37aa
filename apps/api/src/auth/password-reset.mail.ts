import type { Locale } from '@koers/shared/domain';
import { escapeHtml } from '../mail/escape-html';
import type { MailMessage } from '../mail/mailer';

export function passwordResetMail(to: string, link: string, locale: Locale, validMinutes: number): MailMessage {
  const text =
    locale === 'en'
      ? { subject: 'Reset your Koers password', intro: 'Someone asked to reset the password of your Koers account.', action: 'Choose a new password', ignore: `The link works once, for ${validMinutes} minutes. Did you not ask for this? Then ignore this email.` }
      : { subject: 'Stel je Koers-wachtwoord opnieuw in', intro: 'Er is gevraagd om het wachtwoord van je Koers-account opnieuw in te stellen.', action: 'Kies een nieuw wachtwoord', ignore: `De link werkt één keer, ${validMinutes} minuten lang. Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.` };
  return {
    to,
    subject: text.subject,
    text: `${text.intro}\n\n${text.action}: ${link}\n\n${text.ignore}\n`,
    html: `<p>${escapeHtml(text.intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(text.action)}</a></p><p>${escapeHtml(text.ignore)}</p>`,
  };
}
