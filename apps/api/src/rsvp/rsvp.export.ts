import type { Locale } from '@koers/shared/domain';
import type { InvitationStatus } from '@koers/shared/invitations';
import type { RsvpInvitee, RsvpResponse, SessionRsvpOverview } from '@koers/shared/rsvp';
import { type ExportTable, exportFileName, ROLE_NAMES } from '../app/export-table';
import type { Localized } from '../errors/localized';

const HEADERS: Record<Locale, Record<'name' | 'email' | 'organisation' | 'role' | 'supports' | 'answer' | 'delegate' | 'delegateEmail' | 'delegateStatus' | 'answeredAt', string>> = {
  nl: {
    name: 'Naam',
    email: 'E-mailadres',
    organisation: 'Organisatie',
    role: 'Rol',
    supports: 'Intern team van',
    answer: 'Antwoord',
    delegate: 'Vervanger',
    delegateEmail: 'E-mailadres vervanger',
    delegateStatus: 'Uitnodiging vervanger',
    answeredAt: 'Beantwoord op',
  },
  en: {
    name: 'Name',
    email: 'Email address',
    organisation: 'Organisation',
    role: 'Role',
    supports: 'Internal team of',
    answer: 'Answer',
    delegate: 'Delegate',
    delegateEmail: 'Delegate email address',
    delegateStatus: 'Delegate invitation',
    answeredAt: 'Answered at',
  },
};

const RESPONSES: Record<RsvpResponse | 'none', Localized> = {
  attending: { nl: 'Komt', en: 'Attending' },
  declined: { nl: 'Komt niet', en: 'Not attending' },
  delegate: { nl: 'Stuurt vervanger', en: 'Sends a delegate' },
  none: { nl: 'Nog niet beantwoord', en: 'Not answered yet' },
};

/** Whether the delegate's invitation stands: only an accepted one covers the seat. */
const DELEGATE_STATUSES: Record<InvitationStatus, Localized> = {
  pending: { nl: 'Nog niet geaccepteerd', en: 'Not accepted yet' },
  accepted: { nl: 'Geaccepteerd', en: 'Accepted' },
  declined: { nl: 'Afgeslagen', en: 'Declined' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
};

/** The RSVP overview for Excel: one row per invitee. */
export function rsvpTable(overview: SessionRsvpOverview, locale: Locale): ExportTable<RsvpInvitee> {
  const text = HEADERS[locale];
  return {
    fileName: exportFileName(locale === 'nl' ? 'aanmeldingen' : 'rsvps', `${overview.editionName} ${overview.title}`, 'sessie'),
    title: overview.title,
    columns: [
      { header: text.name, type: 'text', value: (invitee) => invitee.name, width: 28 },
      { header: text.email, type: 'text', value: (invitee) => invitee.email, width: 32 },
      { header: text.organisation, type: 'text', value: (invitee) => invitee.organisationName, width: 28 },
      { header: text.role, type: 'text', value: (invitee) => ROLE_NAMES[locale][invitee.role] },
      { header: text.supports, type: 'text', value: (invitee) => invitee.supportsName },
      { header: text.answer, type: 'text', value: (invitee) => RESPONSES[invitee.response ?? 'none'][locale] },
      { header: text.delegate, type: 'text', value: (invitee) => invitee.delegateName },
      { header: text.delegateEmail, type: 'text', value: (invitee) => invitee.delegateEmail, width: 32 },
      { header: text.delegateStatus, type: 'text', value: (invitee) => (invitee.delegateStatus ? DELEGATE_STATUSES[invitee.delegateStatus][locale] : null) },
      { header: text.answeredAt, type: 'moment', value: (invitee) => (invitee.respondedAt ? new Date(invitee.respondedAt) : null), width: 18 },
    ],
    rows: overview.invitees,
  };
}
