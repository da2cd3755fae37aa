import type { AttendanceReport } from '@koers/shared/attendance';
import type { AttendanceStatus, Locale, SessionKind } from '@koers/shared/domain';
import { instantToAmsterdam } from '../calendar/amsterdam-time';

/**
 * The attendance report as CSV for Excel. Dutch Excel reads a semicolon as the separator (the comma is the
 * decimal sign there) and needs the UTF-8 byte order mark to show "ë" and "é" instead of mojibake; English
 * Excel with Dutch regional settings does the same, so both languages use them.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';

const TEXT: Record<Locale, Record<'session' | 'kind' | 'date' | 'start' | 'end' | 'name' | 'organisation' | 'role' | 'rate' | 'below' | 'yes' | 'no', string>> = {
  nl: {
    session: 'Sessie',
    kind: 'Soort',
    date: 'Datum',
    start: 'Begin',
    end: 'Einde',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    rate: 'Aanwezigheid lesdagen (%)',
    below: 'Onder de drempel ({threshold}%)',
    yes: 'ja',
    no: 'nee',
  },
  en: {
    session: 'Session',
    kind: 'Kind',
    date: 'Date',
    start: 'Start',
    end: 'End',
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
    rate: 'Attendance on programme days (%)',
    below: 'Below the threshold ({threshold}%)',
    yes: 'yes',
    no: 'no',
  },
};

const STATUS: Record<Locale, Record<AttendanceStatus, string>> = {
  nl: { present: 'aanwezig', late: 'te laat', excused: 'afgemeld', absent: 'afwezig' },
  en: { present: 'present', late: 'late', excused: 'excused', absent: 'absent' },
};

const KIND: Record<Locale, Record<SessionKind, string>> = {
  nl: { programme_day: 'lesdag', network_session: 'netwerksessie', board_meeting: 'bestuurlijke bijeenkomst' },
  en: { programme_day: 'programme day', network_session: 'network session', board_meeting: 'board meeting' },
};

const ROLE: Record<Locale, Record<AttendanceReport['people'][number]['role'], string>> = {
  nl: { participant: 'deelnemer', internal_team_member: 'intern-teamlid', director: 'directeur' },
  en: { participant: 'participant', internal_team_member: 'internal team member', director: 'director' },
};

/** A cell Excel reads back as the same text: quoted when needed, and never started as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: string[]) => cells.map(csvCell).join(SEPARATOR);

/**
 * A block describing the sessions (title, kind, date, start and end in Amsterdam time, one column each),
 * then one row per person with their rate and their status per session.
 */
export function attendanceReportCsv(report: AttendanceReport, locale: Locale): string {
  const text = TEXT[locale];
  const lead = (label: string) => [label, '', '', '', ''];
  const times = report.sessions.map((s) => ({ start: instantToAmsterdam(new Date(s.startsAt)), end: instantToAmsterdam(new Date(s.endsAt)) }));
  const lines = [
    row([...lead(text.session), ...report.sessions.map((s) => s.title)]),
    row([...lead(text.kind), ...report.sessions.map((s) => KIND[locale][s.kind])]),
    row([...lead(text.date), ...times.map((t) => t.start.date)]),
    row([...lead(text.start), ...times.map((t) => t.start.time)]),
    row([...lead(text.end), ...times.map((t) => t.end.time)]),
    row([text.name, text.organisation, text.role, text.rate, text.below.replace('{threshold}', String(report.thresholdPercent))]),
    ...report.people.map((person) =>
      row([
        person.name,
        person.organisation ?? '',
        ROLE[locale][person.role],
        person.rate === null ? '' : String(Math.round(person.rate * 100)),
        person.rate === null ? '' : person.belowThreshold ? text.yes : text.no,
        ...report.sessions.map((s) => (person.marks[s.id] ? STATUS[locale][person.marks[s.id]] : '')),
      ]),
    ),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** "aanwezigheid-his-i-2-0.csv" */
export function attendanceReportFileName(editionName: string, locale: Locale): string {
  const slug = editionName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${locale === 'nl' ? 'aanwezigheid' : 'attendance'}-${slug || 'editie'}.csv`;
}
