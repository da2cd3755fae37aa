import type { Locale } from '@koers/shared/domain';
import type { EnrolmentListItem, EnrolmentStatus } from '@koers/shared/enrolments';
import { type ExportTable, exportFileName, ROLE_NAMES } from '../app/export-table';

const HEADERS: Record<
  Locale,
  Record<
    | 'title'
    | 'name'
    | 'email'
    | 'organisation'
    | 'role'
    | 'status'
    | 'waitlist'
    | 'director'
    | 'directorEmail'
    | 'supports'
    | 'roleInOrganisation'
    | 'challenge'
    | 'enrolledAt',
    string
  >
> = {
  nl: {
    title: 'Inschrijvingen',
    name: 'Naam',
    email: 'E-mailadres',
    organisation: 'Organisatie',
    role: 'Rol',
    status: 'Status',
    waitlist: 'Plaats op de wachtlijst',
    director: 'Naam directeur',
    directorEmail: 'E-mailadres directeur',
    supports: 'Intern team van',
    roleInOrganisation: 'Functie',
    challenge: 'Implementatievraagstuk',
    enrolledAt: 'Ingeschreven op',
  },
  en: {
    title: 'Enrolments',
    name: 'Name',
    email: 'Email address',
    organisation: 'Organisation',
    role: 'Role',
    status: 'Status',
    waitlist: 'Waiting list position',
    director: 'Director name',
    directorEmail: 'Director email address',
    supports: 'Internal team of',
    roleInOrganisation: 'Position',
    challenge: 'Implementation challenge',
    enrolledAt: 'Enrolled at',
  },
};

/** How a status is named in the file; the import reads a withdrawal back (`csv/enrolment-csv.ts`). */
export const STATUS_NAMES: Record<Locale, Record<EnrolmentStatus, string>> = {
  nl: { active: 'ingeschreven', waitlisted: 'wachtlijst', withdrawn: 'uitgeschreven' },
  en: { active: 'enrolled', waitlisted: 'waiting list', withdrawn: 'withdrawn' },
};

/** Everyone enrolled in an edition for Excel: one row per enrolment, in every role and status. */
export function enrolmentsTable(editionName: string, enrolments: readonly EnrolmentListItem[], locale: Locale): ExportTable<EnrolmentListItem> {
  const text = HEADERS[locale];
  return {
    fileName: exportFileName(locale === 'nl' ? 'inschrijvingen' : 'enrolments', editionName, 'editie'),
    title: text.title,
    columns: [
      { header: text.name, type: 'text', value: (enrolment) => enrolment.name, width: 28 },
      { header: text.email, type: 'text', value: (enrolment) => enrolment.email, width: 32 },
      { header: text.organisation, type: 'text', value: (enrolment) => enrolment.organisation, width: 28 },
      { header: text.role, type: 'text', value: (enrolment) => ROLE_NAMES[locale][enrolment.role] },
      { header: text.status, type: 'text', value: (enrolment) => STATUS_NAMES[locale][enrolment.status] },
      { header: text.waitlist, type: 'integer', value: (enrolment) => enrolment.waitlistPosition },
      { header: text.director, type: 'text', value: (enrolment) => enrolment.directorName, width: 28 },
      { header: text.directorEmail, type: 'text', value: (enrolment) => enrolment.directorEmail, width: 32 },
      { header: text.supports, type: 'text', value: (enrolment) => enrolment.supportsName, width: 28 },
      { header: text.roleInOrganisation, type: 'text', value: (enrolment) => enrolment.roleInOrganisation },
      { header: text.challenge, type: 'text', value: (enrolment) => enrolment.challengeTitle, width: 40 },
      { header: text.enrolledAt, type: 'moment', value: (enrolment) => new Date(enrolment.enrolledAt), width: 18 },
    ],
    rows: enrolments,
  };
}
