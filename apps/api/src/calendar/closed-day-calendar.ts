import type { SchoolHolidayRegion } from '@koers/shared/domain';
import { calendarYear, isoWeekday, type CalendarDate } from './amsterdam-time';
import { isDutchPublicHoliday } from './dutch-holidays';
import { ESTIMATE_MARK } from './holiday-names';
import { estimatedSchoolHolidays } from './school-holidays';

/** A named run of days, both inclusive. */
export interface ClosedPeriod {
  name: string;
  firstDay: CalendarDate;
  lastDay: CalendarDate;
}

export interface ClosedDaySources {
  /** The school-holiday region an edition follows; without one, school holidays do not close a day. */
  region?: SchoolHolidayRegion;
  /** That region's school holidays from a table (published or imported), by the year their school year starts in. */
  schoolHolidays?: ReadonlyMap<number, readonly ClosedPeriod[]>;
  /** The programme office's closed days that apply: national ones, the region's and the programme's. */
  officeClosedDays?: readonly ClosedPeriod[];
}

const FRIDAY = 5;

/** The rule's estimate for a school year without a table, named so that nobody mistakes it for the published dates. */
export function labelledEstimate(schoolYear: number, region: SchoolHolidayRegion): ClosedPeriod[] {
  return estimatedSchoolHolidays(schoolYear, region).map((holiday) => ({ ...holiday, name: `${holiday.name} (${ESTIMATE_MARK.nl})` }));
}

const covering = (periods: readonly ClosedPeriod[], date: CalendarDate) =>
  periods.find(({ firstDay, lastDay }) => firstDay <= date && date <= lastDay);

/**
 * The days on which no session of one edition is planned, from every source at once: weekends, public holidays (by
 * law), the programme office's closed days and the school holidays of the edition's region. A school year without
 * a table falls back to the labelled estimate.
 */
export class ClosedDayCalendar {
  /** Weekends and public holidays only: the days nobody works, whatever the region or programme. */
  static readonly workingDays = new ClosedDayCalendar({});

  // Planning asks about every candidate day; each school year's estimate is computed once.
  private readonly estimates = new Map<number, readonly ClosedPeriod[]>();

  constructor(private readonly sources: ClosedDaySources) {}

  /** Why no session can take place on `date` ('weekend', or the name of the holiday or closed day), or null when it can. */
  closureOn(date: CalendarDate): string | null {
    if (isoWeekday(date) > FRIDAY) return 'weekend';
    return isDutchPublicHoliday(date) ?? covering(this.sources.officeClosedDays ?? [], date)?.name ?? this.schoolHolidayOn(date);
  }

  private schoolHolidayOn(date: CalendarDate): string | null {
    const { region } = this.sources;
    if (!region) return null;
    const year = calendarYear(date);
    // January to early September belong to the school year that started the year before.
    const holiday = covering(this.schoolHolidaysOf(year - 1, region), date) ?? covering(this.schoolHolidaysOf(year, region), date);
    return holiday?.name ?? null;
  }

  private schoolHolidaysOf(schoolYear: number, region: SchoolHolidayRegion): readonly ClosedPeriod[] {
    const table = this.sources.schoolHolidays?.get(schoolYear);
    if (table) return table;
    let estimate = this.estimates.get(schoolYear);
    if (!estimate) {
      estimate = labelledEstimate(schoolYear, region);
      this.estimates.set(schoolYear, estimate);
    }
    return estimate;
  }
}
