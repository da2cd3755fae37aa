import type { AttendanceReport, ReportPerson } from '@koers/shared/attendance';
import type { Locale } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { ExportTable } from '../app/export-table';
import type { AuthContext } from '../auth/auth-context';
import { NotFoundError } from '../errors/koers-error';
import { attendanceReportTable } from './attendance-report.export';
import { AttendanceReportRepository } from './attendance-report.repository';
import { AttendanceRatesRepository, isBelowThreshold } from './attendance-rates.repository';

/** People × sessions of an edition with each participant's rate on programme days, for its trainers, facilitators and admins. */
@Injectable()
export class AttendanceReportService {
  constructor(
    private readonly access: AccessService,
    private readonly reports: AttendanceReportRepository,
    private readonly rates: AttendanceRatesRepository,
  ) {}

  /** A fixed number of queries whatever the number of people and sessions. */
  async report(auth: AuthContext, editionId: string): Promise<AttendanceReport> {
    const standing = await this.access.requireInEdition(auth, 'attendance.read', editionId);
    const edition = await this.reports.findEdition(editionId);
    if (!edition) throw new NotFoundError();
    // A facilitator sees the sessions they run and their groups' people (with each one's programme-day rate, as the
    // completion rule counts it); trainers and the programme office see everything.
    const ownGroupsOnly = this.access.decide(auth, 'groups.all', standing) !== 'allowed';
    const [allSessions, allPeople, rates, scope] = await Promise.all([
      this.reports.sessions(editionId),
      this.reports.people(editionId),
      this.rates.participantRates([editionId]),
      ownGroupsOnly ? this.reports.facilitatorScope(editionId, auth.personId) : null,
    ]);
    const hidden = new Set(scope?.hiddenSessionIds ?? []);
    const visible = scope ? new Set(scope.visiblePersonIds) : null;
    const sessions = allSessions.filter((session) => !hidden.has(session.id));
    const people = allPeople
      .filter((person) => !visible || visible.has(person.personId))
      .map((person) => (hidden.size === 0 ? person : { ...person, marks: Object.fromEntries(Object.entries(person.marks).filter(([sessionId]) => !hidden.has(sessionId))) }));
    const rateOf = new Map(rates.map((rate) => [rate.personId, rate]));
    return {
      editionId,
      editionName: edition.name,
      thresholdPercent: edition.thresholdPercent,
      sessions,
      people: people.map((person) => {
        const rate = person.role === 'participant' ? rateOf.get(person.personId) : undefined;
        return {
          ...person,
          rate: rate?.rate ?? null,
          counted: rate?.counted ?? 0,
          attended: rate?.attended ?? 0,
          belowThreshold: isBelowThreshold(rate, edition.thresholdPercent),
        };
      }),
    };
  }

  /** The report as a table for Excel (CSV or workbook). */
  async export(auth: AuthContext, editionId: string, locale: Locale): Promise<ExportTable<ReportPerson>> {
    return attendanceReportTable(await this.report(auth, editionId), locale);
  }
}
