import { type ClosedDaysOverview, type ClosedPeriodView, type CreateClosedDayRequest, MAX_CLOSED_PERIOD_DAYS, type SchoolHolidayImportResult } from '@koers/shared/closed-days';
import { type Locale, REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { type CalendarDate, calendarDaysBetween } from '../calendar/amsterdam-time';
import { type ClosedPeriod, ClosedDayCalendar, labelledEstimate } from '../calendar/closed-day-calendar';
import { dutchPublicHolidays } from '../calendar/dutch-holidays';
import { holidayNameIn } from '../calendar/holiday-names';
import { NotFoundError } from '../errors/koers-error';
import { ClosedDayProgrammeNotFoundError, ClosedPeriodOutOfOrderError, ClosedPeriodTooLongError } from './closed-days.errors';
import { ClosedDaysRepository } from './closed-days.repository';
import { parseRijksoverheidSchoolHolidays } from './rijksoverheid-school-holidays';

/**
 * The closed days Koers plans around, on the programme office's *Vrije dagen* page: public holidays (computed),
 * school holidays per region (shipped or imported tables, else a labelled estimate) and the office's own closed days.
 */
@Injectable()
export class ClosedDaysService {
  constructor(
    private readonly access: AccessService,
    private readonly closedDays: ClosedDaysRepository,
  ) {}

  async overview(auth: AuthContext, schoolYear: number, locale: Locale): Promise<ClosedDaysOverview> {
    this.access.requireProgrammeOffice(auth, 'closedDays.manage');
    const stored = await this.closedDays.schoolYear(schoolYear);
    const firstDay = `${schoolYear}-08-01`;
    const lastDay = `${schoolYear + 1}-07-31`;
    const publicHolidays: ClosedPeriodView[] = [...dutchPublicHolidays(schoolYear), ...dutchPublicHolidays(schoolYear + 1)]
      .filter(({ date }) => firstDay <= date && date <= lastDay)
      .map(({ date, name }) => ({ id: null, name, firstDay: date, lastDay: date, kind: 'public_holiday', source: 'rule', region: null, programme: null }));
    const regionsWithTable = new Set(stored.filter(({ kind }) => kind === 'school_holiday').map(({ region }) => region));
    const estimated: ClosedPeriodView[] = REGIONS.filter((region) => !regionsWithTable.has(region)).flatMap((region) =>
      labelledEstimate(schoolYear, region).map((holiday) => ({ id: null, ...holiday, kind: 'school_holiday', source: 'estimated', region, programme: null })),
    );
    const periods: ClosedPeriodView[] = [
      ...publicHolidays,
      ...estimated,
      // Only the office's own closed days can be removed; a school-holiday table is replaced by importing another.
      ...stored.map((period) => ({ ...period, id: period.kind === 'closed_day' ? period.id : null })),
    ]
      // The office's own closed days keep the name it typed, whatever it is.
      .map((period) => (period.kind === 'closed_day' ? period : { ...period, name: holidayNameIn(period.name, locale) }))
      .sort((left, right) => left.firstDay.localeCompare(right.firstDay) || (left.region ?? '').localeCompare(right.region ?? ''));
    return { schoolYear, periods };
  }

  async create(auth: AuthContext, request: CreateClosedDayRequest): Promise<ClosedPeriodView> {
    this.access.requireProgrammeOffice(auth, 'closedDays.manage');
    if (request.lastDay < request.firstDay) throw new ClosedPeriodOutOfOrderError();
    if (calendarDaysBetween(request.firstDay, request.lastDay) + 1 > MAX_CLOSED_PERIOD_DAYS) throw new ClosedPeriodTooLongError();
    const created = await this.closedDays.insertClosedDay({ ...request, region: request.region ?? null, programmeId: request.programmeId ?? null, createdById: auth.personId });
    if (!created) throw new ClosedDayProgrammeNotFoundError();
    return created;
  }

  async remove(auth: AuthContext, id: string): Promise<void> {
    this.access.requireProgrammeOffice(auth, 'closedDays.manage');
    if (!(await this.closedDays.deleteClosedDay(id))) throw new NotFoundError();
  }

  /** Replaces a school year's school holidays by the Rijksoverheid's open-data file for it. */
  async importSchoolHolidays(auth: AuthContext, file: unknown): Promise<SchoolHolidayImportResult> {
    this.access.requireProgrammeOffice(auth, 'closedDays.manage');
    const { schoolYear, holidays } = parseRijksoverheidSchoolHolidays(file);
    await this.closedDays.replaceSchoolYear(schoolYear, holidays);
    return { schoolYear, periods: holidays.length };
  }

  /** Everything that closes a day for an edition of `programmeId` planned from `fromDay` with the school holidays of `region`. */
  async calendarFor(programmeId: string, region: SchoolHolidayRegion | undefined, fromDay: CalendarDate): Promise<ClosedDayCalendar> {
    const periods = await this.closedDays.planningPeriods(fromDay, programmeId, region ?? null);
    const schoolHolidays = new Map<number, ClosedPeriod[]>();
    for (const { kind, schoolYear, ...period } of periods) {
      if (kind === 'school_holiday' && schoolYear !== null) schoolHolidays.set(schoolYear, [...(schoolHolidays.get(schoolYear) ?? []), period]);
    }
    const officeClosedDays = periods.filter(({ kind }) => kind === 'closed_day');
    return new ClosedDayCalendar({ region, schoolHolidays, officeClosedDays });
  }
}

