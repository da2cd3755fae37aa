import type { Locale } from '@koers/shared/domain';
import type { RsvpInvitee, RsvpResponse, RsvpRole, SessionRsvpOverview } from '@koers/shared/rsvp';
import { csvFileName, toCsv } from '../app/csv';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import type { Localized } from '../errors/localized';

const HEADERS: Record<Locale, string[]> = {
  nl: ['Naam', 'E-mailadres', 'Organisatie', 'Rol', 'Intern team van', 'Antwoord', 'Vervanger', 'E-mailadres vervanger', 'Beantwoord op'],
  en: ['Name', 'Email address', 'Organisation', 'Role', 'Internal team of', 'Answer', 'Delegate', 'Delegate email address', 'Answered at'],
};

const RESPONSES: Record<RsvpResponse | 'none', Localized> = {
  attending: { nl: 'Komt', en: 'Attending' },
  declined: { nl: 'Komt niet', en: 'Not attending' },
  delegate: { nl: 'Stuurt vervanger', en: 'Sends a delegate' },
  none: { nl: 'Nog niet beantwoord', en: 'Not answered yet' },
};

const ROLES: Record<RsvpRole, Localized> = {
  director: { nl: 'Directeur', en: 'Director' },
  internal_team_member: { nl: 'Intern-teamlid', en: 'Internal-team member' },
};

/** The RSVP overview for Excel. */
export function rsvpCsv(overview: SessionRsvpOverview, locale: Locale): string {
  return toCsv([HEADERS[locale], ...overview.invitees.map((invitee) => row(invitee, locale))]);
}

function row(invitee: RsvpInvitee, locale: Locale): string[] {
  const answeredAt = invitee.respondedAt ? instantToAmsterdam(new Date(invitee.respondedAt)) : null;
  return [
    invitee.name,
    invitee.email,
    invitee.organisationName ?? '',
    ROLES[invitee.role][locale],
    invitee.supportsName ?? '',
    RESPONSES[invitee.response ?? 'none'][locale],
    invitee.delegateName ?? '',
    invitee.delegateEmail ?? '',
    answeredAt ? `${answeredAt.date} ${answeredAt.time}` : '',
  ];
}

/** "aanmeldingen-his-i-2-0-bestuurlijke-bijeenkomst-1.csv" */
export function rsvpCsvFileName(overview: SessionRsvpOverview, locale: Locale): string {
  return csvFileName(locale === 'nl' ? 'aanmeldingen' : 'rsvps', `${overview.editionName} ${overview.title}`, 'sessie');
}
