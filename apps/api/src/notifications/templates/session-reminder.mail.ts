import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import { mailDateTime } from '../../mail/mail-dates';
import type { MailContent } from '../../mail/mailer';
import { greeting, reminderFooter, type SessionFacts, sessionDetails, endingIn } from './session-details';

export interface SessionReminderMail {
  name: string;
  session: SessionFacts;
  link: string;
  settingsLink: string;
}

export function sessionReminderMail(input: SessionReminderMail, locale: Locale): MailContent {
  const { session } = input;
  const when = mailDateTime(session.startsAt, locale);
  // Only a session one can join online gets its link there.
  const online = session.mode !== 'on_site';
  const text =
    locale === 'en'
      ? {
          subject: `Reminder: ${session.title}, ${when}`,
          intro: `${session.title} is coming up soon. Its page in Koers shows the agenda and what to prepare${online ? ' and, from 30 minutes before the start, the online link' : ''}.`,
          action: 'Prepare in Koers',
        }
      : {
          subject: `Herinnering: ${session.title}, ${when}`,
          intro: `${endingIn(`Binnenkort is ${session.title}`)} Op de pagina van de bijeenkomst staan het programma en wat je voorbereidt${online ? ' en, vanaf 30 minuten voor de start, de online link' : ''}.`,
          action: 'Bereid je voor in Koers',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro],
    details: sessionDetails(session, locale),
    action: { label: text.action, url: input.link },
    footer: [reminderFooter(input.settingsLink, locale)],
  });
}
