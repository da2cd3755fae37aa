import type { Locale, SessionMode } from '@koers/shared/domain';
import { mailTimeRange } from '../../mail/mail-dates';

/** What the mails about one session tell about it. */
export interface SessionFacts {
  title: string;
  editionName: string;
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  location: string | null;
}

const LABELS = {
  nl: { when: 'Wanneer', where: 'Waar', edition: 'Editie', online: 'Online', or: 'of', venueToFollow: 'Op locatie (de locatie volgt)' },
  en: { when: 'When', where: 'Where', edition: 'Edition', online: 'Online', or: 'or', venueToFollow: 'On site (the venue follows)' },
} satisfies Record<Locale, Record<string, string>>;

/** The online link itself is left out on purpose: the session page shows it from 30 minutes before the start. */
export function place(session: Pick<SessionFacts, 'mode' | 'location'>, locale: Locale): string {
  const text = LABELS[locale];
  if (session.mode === 'online') return text.online;
  // A session on site whose venue is not known yet is still no online one: nobody should stay home for it.
  const venue = session.location ?? text.venueToFollow;
  return session.mode === 'hybrid' ? `${venue} ${text.or} ${text.online.toLowerCase()}` : venue;
}

export function sessionDetails(session: SessionFacts, locale: Locale): [string, string][] {
  const text = LABELS[locale];
  return [
    [text.when, mailTimeRange(session.startsAt, session.endsAt, locale)],
    [text.where, place(session, locale)],
    [text.edition, session.editionName],
  ];
}

/** A network session runs once per group under one title: the group tells one group's from another's. */
export const sessionTitleWithGroup = (session: { title: string; networkGroup: string | null }) =>
  session.networkGroup ? `${session.title} (${session.networkGroup})` : session.title;

/**
 * "Beste Anna," / "Hello Anna,". Someone known only by their address (a director enrolled without a name) is greeted
 * without it: "Beste dir.w@zorg.nl," reads as a form letter gone wrong.
 */
export const greeting = (name: string, locale: Locale) => {
  if (name.includes('@')) return locale === 'en' ? 'Hello,' : 'Goedendag,';
  return locale === 'en' ? `Hello ${name},` : `Beste ${name},`;
};

/** The footer of every mail a person can switch off. */
export const reminderFooter = (settingsUrl: string, locale: Locale) =>
  locale === 'en'
    ? `You receive reminders because they are switched on. Switch them off under My settings: ${settingsUrl}`
    : `Je krijgt herinneringen omdat ze aan staan. Zet ze uit bij Mijn instellingen: ${settingsUrl}`;

/** A sentence that ends in a title: its full stop, unless the title ends one itself ("wat is het probleem echt?"). */
export const endingIn = (sentence: string) => (/[.!?…]$/.test(sentence) ? sentence : `${sentence}.`);
