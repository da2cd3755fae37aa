import type { Locale, SessionMode, SessionStatus } from '@koers/shared/domain';
import { listInWords } from '../../app/list-in-words';
import { composeMail } from '../../mail/compose-mail';
import { LISTED_TIMES_ARE_AMSTERDAM, wallClockTimeRange } from '../../mail/mail-dates';
import type { MailAttachment, MailContent } from '../../mail/mailer';
import { greeting, place, sessionTitleWithGroup } from './session-details';

export interface SchedulePublishedMail {
  name: string;
  editionName: string;
  sessions: { title: string; networkGroup: string | null; startsAt: Date; endsAt: Date; status: SessionStatus; mode: SessionMode; location: string | null }[];
  /**
   * The participants (with a place) the person takes part for: as their director, or in their internal team. Said in
   * the mail, since someone with an account already gets no invitation saying why they are in the edition.
   */
  takesPartFor: { directorOf: string[]; teamOf: string[] };
  link: string;
  /** The person's sessions as calendar invitations, one .ics per session; none when their calendar follows the feed. */
  invitations: MailAttachment[];
}

export function schedulePublishedMail(input: SchedulePublishedMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: `Your schedule for ${input.editionName}`,
          intro: `The schedule of ${input.editionName} is ready. These are the sessions you are expected at.`,
          calendar: input.invitations.length
            ? 'Each attached calendar invitation (.ics) puts a session in your calendar; later changes update it there.'
            : 'Your calendar subscription to Koers shows them already and keeps them up to date.',
          cancelled: 'cancelled',
          action: 'Open your programme in Koers',
          later: 'Koers lets you know by mail whenever a session is moved or cancelled.',
        }
      : {
          subject: `Je programma voor ${input.editionName}`,
          intro: `Het programma van ${input.editionName} staat klaar. Dit zijn de bijeenkomsten waarbij je verwacht wordt.`,
          calendar: input.invitations.length
            ? 'Elke agenda-uitnodiging (.ics) in de bijlage zet een bijeenkomst in je agenda; latere wijzigingen werken die daar bij.'
            : 'Je agenda-abonnement op Koers toont ze al en houdt ze bij.',
          cancelled: 'geannuleerd',
          action: 'Bekijk je programma in Koers',
          later: 'Wordt een bijeenkomst verplaatst of geannuleerd, dan laat Koers het je per e-mail weten.',
        };
  const { directorOf, teamOf } = input.takesPartFor;
  const takesPartFor = [
    ...(directorOf.length ? [locale === 'en' ? `You take part as the director of ${listInWords(directorOf, 'en')}.` : `Je doet mee als directeur van ${listInWords(directorOf, 'nl')}.`] : []),
    ...(teamOf.length
      ? [locale === 'en' ? `You take part in the internal team of ${listInWords(teamOf, 'en')}.` : `Je doet mee in het intern team van ${listInWords(teamOf, 'nl')}.`]
      : []),
  ];
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.intro, ...takesPartFor, text.calendar, ...LISTED_TIMES_ARE_AMSTERDAM[locale]],
    details: input.sessions.map((session) => [
      wallClockTimeRange(session.startsAt, session.endsAt, locale),
      // Where each one is, too: on site, online or both decides someone's day, and few open a dozen calendar files to see it.
      session.status === 'cancelled' ? `${sessionTitleWithGroup(session)} (${text.cancelled})` : `${sessionTitleWithGroup(session)} · ${place(session, locale)}`,
    ]),
    action: { label: text.action, url: input.link },
    footer: [text.later],
    attachments: input.invitations,
  });
}
