import type { AttendanceReport, ReportPerson, ReportSession } from '@koers/shared/attendance';
import type { AttendanceStatus, Locale } from '@koers/shared/domain';
import { type ExportColumn, type ExportTable, exportFileName, ROLE_NAMES } from '../app/export-table';
import { instantToAmsterdam } from '../calendar/amsterdam-time';

const TEXT: Record<
  Locale,
  Record<'title' | 'name' | 'organisation' | 'role' | 'enrolledAt' | 'rate' | 'counted' | 'attended' | 'below' | 'yes' | 'no', string>
> = {
  nl: {
    title: 'Aanwezigheid',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    enrolledAt: 'Ingeschreven op',
    rate: 'Aanwezigheid lesdagen (%)',
    counted: 'Lesdagen die tellen',
    attended: 'Lesdagen aanwezig',
    below: 'Onder de drempel ({threshold}%)',
    yes: 'ja',
    no: 'nee',
  },
  en: {
    title: 'Attendance',
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
    enrolledAt: 'Enrolled on',
    rate: 'Attendance on programme days (%)',
    counted: 'Programme days that count',
    attended: 'Programme days attended',
    below: 'Below the threshold ({threshold}%)',
    yes: 'yes',
    no: 'no',
  },
};

const STATUS: Record<Locale, Record<AttendanceStatus, string>> = {
  nl: { present: 'aanwezig', late: 'te laat', excused: 'afgemeld', absent: 'afwezig' },
  en: { present: 'present', late: 'late', excused: 'excused', absent: 'absent' },
};

/**
 * "Lesdag 3 (09-03-2027 09:30)", "Netwerksessie 1 – Groep Zuid (…)": the session's title, its network group and its
 * Amsterdam start, so the one header row says which session.
 */
function sessionHeader(session: ReportSession): string {
  const { date, time } = instantToAmsterdam(new Date(session.startsAt));
  return `${session.title}${session.networkGroup ? ` – ${session.networkGroup}` : ''} (${date.split('-').reverse().join('-')} ${time})`;
}

/**
 * The attendance report for Excel: one header row, then one row per person with their rate and their status per
 * session (a column per session, in the order of the schedule).
 */
export function attendanceReportTable(report: AttendanceReport, locale: Locale): ExportTable<ReportPerson> {
  const text = TEXT[locale];
  const participantOnly = <T>(person: ReportPerson, value: T): T | null => (person.role === 'participant' ? value : null);
  const columns: ExportColumn<ReportPerson>[] = [
    { header: text.name, type: 'text', value: (person) => person.name, width: 28 },
    { header: text.organisation, type: 'text', value: (person) => person.organisation, width: 28 },
    { header: text.role, type: 'text', value: (person) => ROLE_NAMES[locale][person.role] },
    { header: text.enrolledAt, type: 'day', value: (person) => new Date(person.enrolledAt) },
    { header: text.rate, type: 'percent', value: (person) => person.rate },
    { header: text.counted, type: 'integer', value: (person) => participantOnly(person, person.counted) },
    { header: text.attended, type: 'integer', value: (person) => participantOnly(person, person.attended) },
    {
      header: text.below.replace('{threshold}', String(report.thresholdPercent)),
      type: 'text',
      value: (person) => (person.rate === null ? null : person.belowThreshold ? text.yes : text.no),
    },
    ...report.sessions.map(
      (session): ExportColumn<ReportPerson> => ({
        header: sessionHeader(session),
        type: 'text',
        value: (person) => (person.marks[session.id] ? STATUS[locale][person.marks[session.id]] : null),
      }),
    ),
  ];
  return {
    fileName: exportFileName(locale === 'nl' ? 'aanwezigheid' : 'attendance', report.editionName, 'editie'),
    title: text.title,
    columns,
    rows: report.people,
  };
}
