import type { Locale } from '@koers/shared/domain';
import { calendarDayInWords, instantToAmsterdam } from '../../calendar/amsterdam-time';
import { composeMail } from '../../mail/compose-mail';
import type { MailContent } from '../../mail/mailer';
import { greeting, reminderFooter, type SessionFacts, sessionDetails } from './session-details';

export interface RsvpReminderMail {
  name: string;
  session: SessionFacts;
  link: string;
  settingsLink: string;
}

export function rsvpReminderMail(input: RsvpReminderMail, locale: Locale): MailContent {
  const { session } = input;
  // The day, not "in a week": a meeting moved closer is reminded of sooner than that.
  const day = calendarDayInWords(instantToAmsterdam(session.startsAt).date, locale);
  const text =
    locale === 'en'
      ? {
          subject: `Will you attend ${session.title}? Please let us know`,
          intro: `${session.title} is on ${day} and we do not know yet whether you will come. Let us know whether you attend, cannot make it, or send someone in your place.`,
          action: 'Answer in Koers',
        }
      : {
          subject: `Kom je naar ${session.title}? Laat het ons weten`,
          intro: `Op ${day} is ${session.title} en we weten nog niet of je komt. Laat weten of je aanwezig bent, verhinderd bent of iemand in je plaats stuurt.`,
          action: 'Geef antwoord in Koers',
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
