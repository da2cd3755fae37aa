import type { Locale } from '@koers/shared/domain';
import { composeMail } from '../../mail/compose-mail';
import { LISTED_TIMES_ARE_AMSTERDAM, wallClockTimeRange } from '../../mail/mail-dates';
import type { CalendarChangeReason } from '../../mail/mail-queue.repository';
import type { MailAttachment, MailContent } from '../../mail/mailer';
import { greeting, sessionTitleWithGroup } from './session-details';

type ListedSession = { title: string; startsAt: Date; endsAt: Date; networkGroup: string | null };

export interface CalendarUpdatedMail {
  name: string;
  editionName: string;
  /** What happened to them; without it, the mail says only that their sessions changed. */
  why?: CalendarChangeReason;
  /** Upcoming sessions the person is now expected at, and those they no longer are. */
  added: ListedSession[];
  removed: ListedSession[];
  link: string;
  /** An invitation per added session and a cancellation per removed one; none when the person's calendar follows the feed. */
  invitations: MailAttachment[];
}

/** The mail's first line: what happened, so nobody has to work it out from the sessions listed. */
function reasonLine(why: CalendarChangeReason | undefined, edition: string, addedCount: number, locale: Locale): string {
  const lines: Record<CalendarChangeReason | 'changed', Record<Locale, string>> = {
    session_added:
      addedCount > 1
        ? { nl: `Er zijn ${addedCount} bijeenkomsten aan ${edition} toegevoegd.`, en: `${addedCount} sessions were added to ${edition}.` }
        : { nl: `Er is een bijeenkomst aan ${edition} toegevoegd.`, en: `A session was added to ${edition}.` },
    network_group: { nl: `De indeling in netwerkgroepen van ${edition} is veranderd.`, en: `The network groups of ${edition} were changed.` },
    waitlist_promoted: {
      nl: `Er is een plaats vrijgekomen: je staat nu ingeschreven voor ${edition} en niet meer op de wachtlijst.`,
      en: `A place came free: you are now enrolled in ${edition} and no longer on the waiting list.`,
    },
    sponsored_promoted: {
      nl: `Een deelnemer met wie je meedoet in ${edition} staat niet meer op de wachtlijst en heeft nu een plaats: de bijeenkomsten waar je bij hoort, staan nu in je agenda.`,
      en: `A participant you take part with in ${edition} has moved up from the waiting list and now has a place: the sessions you belong at are now in your calendar.`,
    },
    withdrawn: { nl: `Je staat niet meer ingeschreven voor ${edition}.`, en: `You are no longer enrolled in ${edition}.` },
    team_removed: {
      nl: `Je hoort niet meer bij het intern team in ${edition}: de deelnemer voor wie je in het team zat, heeft je eruit gehaald.`,
      en: `You are no longer part of the internal team in ${edition}: the participant whose team you were in took you off it.`,
    },
    team_ended: {
      nl: `Je hoort niet meer bij het intern team in ${edition}: de deelnemer voor wie je in het team zat, neemt niet meer deel.`,
      en: `You are no longer part of the internal team in ${edition}: the participant whose team you were in no longer takes part.`,
    },
    delegate_accepted: {
      nl: `Je gaat als vervanger van een directeur naar een bestuurlijke bijeenkomst van ${edition}.`,
      en: `You go to a board meeting of ${edition} as a director's delegate.`,
    },
    delegate_released: {
      nl: `Je hoeft niet meer als vervanger naar de bestuurlijke bijeenkomst van ${edition}: de directeur heeft het antwoord gewijzigd.`,
      en: `You no longer go to the board meeting of ${edition} as a delegate: the director changed their answer.`,
    },
    director_withdrawn: {
      nl: `Je hoeft niet meer als vervanger naar de bestuurlijke bijeenkomsten van ${edition}: de directeur die je verving, neemt niet meer deel.`,
      en: `You no longer go to the board meetings of ${edition} as a delegate: the director you stood in for no longer takes part.`,
    },
    staff_changed: {
      nl: `Wie de bijeenkomsten van ${edition} leidt, is veranderd. Hieronder staat welke bijeenkomsten je er nu leidt en welke niet meer.`,
      en: `Who runs the sessions of ${edition} was changed. Below are the sessions you now run there and those you no longer do.`,
    },
    changed: { nl: `Bij welke bijeenkomsten van ${edition} je verwacht wordt, is veranderd.`, en: `Which sessions of ${edition} you are expected at has changed.` },
  };
  return lines[why ?? 'changed'][locale];
}

/** What the attached calendar files do, as it is: one session or several, coming in, going out, or both. */
function attachedCalendarLine({ added, removed }: Pick<CalendarUpdatedMail, 'added' | 'removed'>, locale: Locale): string {
  if (locale === 'en') {
    if (added.length > 0 && removed.length > 0) return 'The attached calendar files (.ics) add the new sessions to your calendar and take the others out.';
    if (added.length > 0) return added.length === 1 ? 'The attached calendar file (.ics) adds the session to your calendar.' : 'The attached calendar files (.ics) add the sessions to your calendar.';
    return removed.length === 1 ? 'The attached calendar file (.ics) takes the session out of your calendar.' : 'The attached calendar files (.ics) take the sessions out of your calendar.';
  }
  if (added.length > 0 && removed.length > 0) return 'Met de agendabestanden (.ics) in de bijlage komen de nieuwe bijeenkomsten in je agenda en gaan de andere eruit.';
  if (added.length > 0) return added.length === 1 ? 'Met het agendabestand (.ics) in de bijlage komt de bijeenkomst in je agenda.' : 'Met de agendabestanden (.ics) in de bijlage komen de bijeenkomsten in je agenda.';
  return removed.length === 1 ? 'Met het agendabestand (.ics) in de bijlage gaat de bijeenkomst uit je agenda.' : 'Met de agendabestanden (.ics) in de bijlage gaan de bijeenkomsten uit je agenda.';
}

export function calendarUpdatedMail(input: CalendarUpdatedMail, locale: Locale): MailContent {
  const text =
    locale === 'en'
      ? {
          subject: `Your schedule changed: ${input.editionName}`,
          added: 'New in your schedule',
          removed: 'No longer in your schedule',
          calendar: input.invitations.length ? attachedCalendarLine(input, 'en') : 'Your calendar subscription to Koers shows the change by itself.',
          action: 'Open your programme in Koers',
        }
      : {
          subject: `Je rooster is gewijzigd: ${input.editionName}`,
          added: 'Nieuw in je rooster',
          removed: 'Niet meer in je rooster',
          calendar: input.invitations.length ? attachedCalendarLine(input, 'nl') : 'Je agenda-abonnement op Koers werkt dit vanzelf bij.',
          action: 'Bekijk je programma in Koers',
        };
  const listed = (label: string, sessions: ListedSession[]): [string, string][] =>
    sessions.map((session) => [label, `${sessionTitleWithGroup(session)}, ${wallClockTimeRange(session.startsAt, session.endsAt, locale)}`]);
  return composeMail({
    locale,
    subject: text.subject,
    greeting: greeting(input.name, locale),
    paragraphs: [reasonLine(input.why, input.editionName, input.added.length, locale), text.calendar, ...LISTED_TIMES_ARE_AMSTERDAM[locale]],
    details: [...listed(text.added, input.added), ...listed(text.removed, input.removed)],
    action: { label: text.action, url: input.link },
    attachments: input.invitations,
  });
}
