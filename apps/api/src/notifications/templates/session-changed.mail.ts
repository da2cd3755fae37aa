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
  const change: 'cancelled' | 'backOn' | 'heldEarlier' | 'moved' | 'changed' =
    session.status === 'cancelled' ? 'cancelled' : backOn ? 'backOn' : moved && input.heldAlready ? 'heldEarlier' : moved ? 'moved' : 'changed';
  const title = session.title;
  const named = `${title} (${session.editionName})`;
  const text =
    locale === 'en'
      ? {
          subject: { cancelled: 'Cancelled', backOn: 'Back on', heldEarlier: 'Held earlier', moved: 'Moved', changed: 'Changed' }[change] + `: ${title}`,
          what: {
            cancelled: `${named} on ${when} has been cancelled. It no longer takes place.`,
            backOn: `${named} was cancelled, but takes place after all, on ${when}.`,
            heldEarlier: `${named} already took place, on ${when}, not on ${was} as planned.`,
            moved: `${named} has moved. It used to be on ${was}.`,
            changed: `The details of ${named} have changed. These are the new ones.`,
          }[change],
          reason: `Reason: ${input.reason}`,
          calendar: input.invitations.length
            ? 'The attached calendar file (.ics) updates the session in your calendar.'
            : 'Your calendar subscription to Koers shows the change by itself.',
          action: 'Open the session in Koers',
        }
      : {
          subject: { cancelled: 'Geannuleerd', backOn: 'Gaat toch door', heldEarlier: 'Eerder gehouden', moved: 'Verplaatst', changed: 'Gewijzigd' }[change] + `: ${title}`,
          what: {
            cancelled: `${named} op ${when} is geannuleerd en gaat niet door.`,
            backOn: `${named} was geannuleerd, maar gaat toch door, op ${when}.`,
            heldEarlier: `${named} is al gehouden, op ${when}, en niet op ${was} zoals gepland.`,
            moved: `${named} is verplaatst. Eerst stond deze op ${was}.`,
            changed: `De gegevens van ${named} zijn gewijzigd. Dit zijn de nieuwe.`,
          }[change],
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
