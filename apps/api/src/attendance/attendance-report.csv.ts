import type { AttendanceReport } from '@koers/shared/attendance';
import type { AttendanceStatus, Locale, SessionKind } from '@koers/shared/domain';
import { csvFileName, toCsv } from '../app/csv';
import { instantToAmsterdam } from '../calendar/amsterdam-time';

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

/**
 * The attendance report for Excel. A block describing the sessions (title, kind, date, start and end in Amsterdam time, one column each),
 * then one row per person with their rate and their status per session.
 */
export function attendanceReportCsv(report: AttendanceReport, locale: Locale): string {
  const text = TEXT[locale];
  const lead = (label: string) => [label, '', '', '', ''];
  const times = report.sessions.map((s) => ({ start: instantToAmsterdam(new Date(s.startsAt)), end: instantToAmsterdam(new Date(s.endsAt)) }));
  return toCsv([
    [...lead(text.session), ...report.sessions.map((s) => s.title)],
    [...lead(text.kind), ...report.sessions.map((s) => KIND[locale][s.kind])],
    [...lead(text.date), ...times.map((t) => t.start.date)],
    [...lead(text.start), ...times.map((t) => t.start.time)],
    [...lead(text.end), ...times.map((t) => t.end.time)],
    [text.name, text.organisation, text.role, text.rate, text.below.replace('{threshold}', String(report.thresholdPercent))],
    ...report.people.map((person) => [
      person.name,
      person.organisation ?? '',
      ROLE[locale][person.role],
      person.rate === null ? '' : String(Math.round(person.rate * 100)),
      person.rate === null ? '' : person.belowThreshold ? text.yes : text.no,
      ...report.sessions.map((s) => (person.marks[s.id] ? STATUS[locale][person.marks[s.id]] : '')),
    ]),
  ]);
}

/** "aanwezigheid-his-i-2-0.csv" */
export function attendanceReportFileName(editionName: string, locale: Locale): string {
  return csvFileName(locale === 'nl' ? 'aanwezigheid' : 'attendance', editionName, 'editie');
}
