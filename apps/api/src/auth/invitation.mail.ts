import type { Locale } from '@koers/shared/domain';
import type { MailMessage } from '../mail/mailer';
import { escapeHtml } from '../mail/escape-html';

export function invitationMail(to: string, name: string, link: string, reason: string, locale: Locale, validDays: number): MailMessage {
  const text =
    locale === 'en'
      ? {
          subject: 'Your Koers account is ready',
          greeting: `Hello ${name},`,
          intro: `${reason} Choose a password to log in to Koers, where you find the programme schedule and everything you need to prepare.`,
          action: 'Choose your password',
          validity: `The link works once, for ${validDays} days. Afterwards you can always ask for a new one on the login page.`,
        }
      : {
          subject: 'Je Koers-account staat klaar',
          greeting: `Beste ${name},`,
          intro: `${reason} Kies een wachtwoord om in te loggen op Koers. Daar vind je het programma en alles wat je nodig hebt om je voor te bereiden.`,
          action: 'Kies je wachtwoord',
          validity: `De link werkt één keer, ${validDays} dagen lang. Daarna kun je op de inlogpagina altijd een nieuwe aanvragen.`,
        };
  return {
    to,
    subject: text.subject,
    text: `${text.greeting}\n\n${text.intro}\n\n${text.action}: ${link}\n\n${text.validity}\n`,
    html: `<p>${escapeHtml(text.greeting)}</p><p>${escapeHtml(text.intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(text.action)}</a></p><p>${escapeHtml(text.validity)}</p>`,
  };
}
