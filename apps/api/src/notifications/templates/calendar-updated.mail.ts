import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import { mailTimeRange } from '../../mail/mail-dates';
import type { MailAttachment, MailContent } from '../../mail/mailer';
import { greeting } from './session-details';

type ListedSession = { title: string; startsAt: Date; endsAt: Date; networkGroup: string | null };

export interface CalendarUpdatedMail {
  name: string;
  editionName: string;
  /** Upcoming sessions the person is now expected at, and those they no longer are. */
  added: ListedSession[];
  removed: ListedSession[];
  link: string;
  /** An invitation per added session and a cancellation per removed one; none when the person's calendar follows the feed. */
  invitations: MailAttachment[];
}

export function calendarUpdatedMail(input: CalendarUpdatedMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: `Your schedule changed: ${input.editionName}`,
          intro: `Which sessions of ${input.editionName} you are expected at has changed.`,
          added: 'New in your schedule',
          removed: 'No longer in your schedule',
          calendar: input.invitations.length
            ? 'The attached calendar files (.ics) add the new sessions to your calendar and take the others out.'
            : 'Your calendar subscription to Koers shows the change by itself.',
          action: 'Open your programme in Koers',
        }
      : {
          subject: `Je rooster is gewijzigd: ${input.editionName}`,
          intro: `Bij welke bijeenkomsten van ${input.editionName} je verwacht wordt, is veranderd.`,
          added: 'Nieuw in je rooster',
          removed: 'Niet meer in je rooster',
          calendar: input.invitations.length
            ? 'Met de agendabestanden (.ics) in de bijlage komen de nieuwe bijeenkomsten in je agenda en gaan de andere eruit.'
            : 'Je agenda-abonnement op Koers werkt dit vanzelf bij.',
          action: 'Bekijk je programma in Koers',
        };
  const listed = (label: string, sessions: ListedSession[]): [string, string][] =>
    // A network session runs once per group under one title: the group tells the old one from the new one.
    sessions.map((session) => [label, `${session.title}${session.networkGroup ? ` (${session.networkGroup})` : ''}, ${mailTimeRange(session.startsAt, session.endsAt, locale)}`]);
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro, text.calendar],
    details: [...listed(text.added, input.added), ...listed(text.removed, input.removed)],
    action: { label: text.action, url: input.link },
    attachments: input.invitations,
  });
}
