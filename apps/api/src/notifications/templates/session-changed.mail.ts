import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import { mailTimeRange } from '../../mail/mail-dates';
import type { MailAttachment, MailContent } from '../../mail/mailer';
import { greeting, type SessionFacts, sessionDetails } from './session-details';

export interface SessionChangedMail {
  name: string;
  session: SessionFacts & { status: 'scheduled' | 'moved' | 'cancelled' };
  /** Where the session was before it moved, when it did. */
  previous: { startsAt: Date; endsAt: Date } | null;
  /** The person last heard it was cancelled: it now takes place after all. */
  wasCancelled: boolean;
  /** Its time has passed: a move to it records where the session was really held (confirmed as such by the office). */
  heldAlready: boolean;
  /** Why, as the programme office wrote it; may be empty. */
  reason: string;
  link: string;
  /** The session as a calendar invitation (or cancellation) with a raised SEQUENCE, so calendars update their copy; none when the person's calendar follows the feed. */
  invitations: MailAttachment[];
}

export function sessionChangedMail(input: SessionChangedMail, locale: Locale): MailContent {
  const { session } = input;
  const moved = input.previous !== null && input.previous.startsAt.getTime() !== session.startsAt.getTime();
  const was = input.previous ? mailTimeRange(input.previous.startsAt, input.previous.endsAt, locale) : '';
  // A cancellation shows no details: its time is said in the sentence, since a title can come back (one per group).
  const when = mailTimeRange(session.startsAt, session.endsAt, locale);
  const backOn = input.wasCancelled && session.status !== 'cancelled';
  const heldEarlier = moved && input.heldAlready && session.status !== 'cancelled';
  const text =
    locale === 'en'
      ? {
          subject:
            session.status === 'cancelled'
              ? `Cancelled: ${session.title}`
              : backOn
                ? `Back on: ${session.title}`
                : heldEarlier
                  ? `Held earlier: ${session.title}`
                  : moved
                    ? `Moved: ${session.title}`
                    : `Changed: ${session.title}`,
          what:
            session.status === 'cancelled'
              ? `${session.title} (${session.editionName}) on ${when} has been cancelled. It no longer takes place.`
              : backOn
                ? `${session.title} (${session.editionName}) was cancelled, but takes place after all, on ${when}.`
                : heldEarlier
                ? `${session.title} (${session.editionName}) already took place, on ${when}, not on ${was} as planned.`
                : moved
                ? `${session.title} (${session.editionName}) has moved. It used to be on ${was}.`
                : `The details of ${session.title} (${session.editionName}) have changed. These are the new ones.`,
          reason: `Reason: ${input.reason}`,
          calendar: input.invitations.length
            ? 'The attached calendar file (.ics) updates the session in your calendar.'
            : 'Your calendar subscription to Koers shows the change by itself.',
          action: 'Open the session in Koers',
        }
      : {
          subject:
            session.status === 'cancelled'
              ? `Geannuleerd: ${session.title}`
              : backOn
                ? `Gaat toch door: ${session.title}`
                : heldEarlier
                  ? `Eerder gehouden: ${session.title}`
                  : moved
                    ? `Verplaatst: ${session.title}`
                    : `Gewijzigd: ${session.title}`,
          what:
            session.status === 'cancelled'
              ? `${session.title} (${session.editionName}) op ${when} is geannuleerd en gaat niet door.`
              : backOn
                ? `${session.title} (${session.editionName}) was geannuleerd, maar gaat toch door, op ${when}.`
                : heldEarlier
                ? `${session.title} (${session.editionName}) is al gehouden, op ${when}, en niet op ${was} zoals gepland.`
                : moved
                ? `${session.title} (${session.editionName}) is verplaatst. Eerst stond deze op ${was}.`
                : `De gegevens van ${session.title} (${session.editionName}) zijn gewijzigd. Dit zijn de nieuwe.`,
          reason: `Reden: ${input.reason}`,
          calendar: input.invitations.length
            ? 'Met het agendabestand (.ics) in de bijlage werk je de bijeenkomst in je agenda bij.'
            : 'Je agenda-abonnement op Koers werkt de bijeenkomst vanzelf bij.',
          action: 'Bekijk de bijeenkomst in Koers',
        };
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [text.what, ...(input.reason.trim() ? [text.reason] : []), text.calendar],
    details: session.status === 'cancelled' ? undefined : sessionDetails(session, locale),
    action: { label: text.action, url: input.link },
    attachments: input.invitations,
  });
}
