import type { ClosedPeriodSource, ClosedPeriodView, CreateClosedDayRequest } from '@koers/shared/closed-days';
import type { SchoolHolidayRegion } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CalendarDate } from '../calendar/amsterdam-time';
import { lockKey } from '../database/lock-row';
import type { ImportedSchoolHoliday } from './rijksoverheid-school-holidays';

/** A stored period as planning needs it. */
export interface StoredClosedPeriod {
  kind: 'school_holiday' | 'closed_day';
  name: string;
  firstDay: CalendarDate;
  lastDay: CalendarDate;
  schoolYear: number | null;
}

/** A closed day as the office asked for it (absent scopes as null), with who added it. */
export interface NewClosedDay extends Omit<CreateClosedDayRequest, 'region' | 'programmeId'> {
  region: SchoolHolidayRegion | null;
  programmeId: string | null;
  createdById: string;
}

const VIEW_COLUMNS = `cp.id, cp.kind, cp.name, to_char(cp.first_day, 'YYYY-MM-DD') AS "firstDay", to_char(cp.last_day, 'YYYY-MM-DD') AS "lastDay",
  cp.region, cp.source, CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS programme`;

type ViewRow = Omit<ClosedPeriodView, 'id'> & { id: string; kind: 'school_holiday' | 'closed_day'; source: ClosedPeriodSource };

/** The stored school-holiday tables and the programme office's closed days. */
@Injectable()
export class ClosedDaysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * What applies to planning an edition from `fromDay`: the region's school holidays of every school year from the
   * one `fromDay` falls in (whole tables, so a year with a table never falls back to the estimate), and the office's
   * closed days that end on or after `fromDay` for the country, the region or the programme. One statement.
   */
  planningPeriods(fromDay: CalendarDate, programmeId: string, region: SchoolHolidayRegion | null): Promise<StoredClosedPeriod[]> {
    return this.db.query(
      `SELECT kind, name, to_char(first_day, 'YYYY-MM-DD') AS "firstDay", to_char(last_day, 'YYYY-MM-DD') AS "lastDay", school_year AS "schoolYear"
         FROM closed_period
        WHERE (kind = 'school_holiday' AND region = $3 AND school_year >= extract(year FROM $1::date)::int - 1)
           OR (kind = 'closed_day' AND last_day >= $1::date
               AND (region IS NULL OR region = $3) AND (programme_id IS NULL OR programme_id = $2))
        ORDER BY first_day`,
      [fromDay, programmeId, region],
    );
  }

  /** The school year's stored school holidays and the closed days overlapping 1 August to 31 July, in one statement. */
  schoolYear(schoolYear: number): Promise<ViewRow[]> {
    return this.db.query(
      `SELECT ${VIEW_COLUMNS}
         FROM closed_period cp
         LEFT JOIN programme p ON p.id = cp.programme_id
        WHERE (cp.kind = 'school_holiday' AND cp.school_year = $1)
           OR (cp.kind = 'closed_day' AND cp.last_day >= make_date($1, 8, 1) AND cp.first_day <= make_date($1 + 1, 7, 31))
        ORDER BY cp.first_day, cp.region NULLS FIRST, cp.name`,
      [schoolYear],
    );
  }

  /**
   * Adds one of the office's closed days; the same day sent again (a double click, a retry: the same name, days, region
   * and programme) is the one already there, counted under a lock so that parallel requests add it once. Null when
   * the programme does not exist.
   */
  async insertClosedDay(day: NewClosedDay): Promise<ViewRow | null> {
    return this.db.transaction(async (manager) => {
      await lockKey(manager, 'closed-day', day.firstDay);
      const rows: ViewRow[] = await manager.query(
        `WITH existing AS (
           SELECT * FROM closed_period
            WHERE kind = 'closed_day' AND name = $1 AND first_day = $2 AND last_day = $3
              AND region IS NOT DISTINCT FROM $4 AND programme_id IS NOT DISTINCT FROM $5::uuid
            LIMIT 1
         ), inserted AS (
           INSERT INTO closed_period (kind, name, first_day, last_day, region, programme_id, source, created_by_id)
           SELECT 'closed_day', $1, $2, $3, $4, $5, 'office', $6
            WHERE NOT EXISTS (SELECT 1 FROM existing) AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM programme WHERE id = $5))
           RETURNING *)
         SELECT ${VIEW_COLUMNS} FROM (SELECT * FROM existing UNION ALL SELECT * FROM inserted) cp LEFT JOIN programme p ON p.id = cp.programme_id`,
        [day.name, day.firstDay, day.lastDay, day.region, day.programmeId, day.createdById],
      );
      return rows[0] ?? null;
    });
  }

  /** Removes one of the office's closed days; false when there is none with that id. */
  async deleteClosedDay(id: string): Promise<boolean> {
    const [, deleted] = await this.db.query(`DELETE FROM closed_period WHERE id = $1 AND kind = 'closed_day'`, [id]);
    return deleted > 0;
  }

  /**
   * Replaces a school year's school-holiday table (shipped or imported before) by an imported one, in one transaction;
   * two imports of the same year (a double click) take turns, else both would delete nothing and insert the year twice.
   */
  async replaceSchoolYear(schoolYear: number, holidays: readonly ImportedSchoolHoliday[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await lockKey(manager, 'school-holidays', String(schoolYear));
      await manager.query(`DELETE FROM closed_period WHERE kind = 'school_holiday' AND school_year = $1`, [schoolYear]);
      await manager.query(
        `INSERT INTO closed_period (kind, name, first_day, last_day, region, school_year, source)
         SELECT 'school_holiday', holiday.name, holiday.first_day, holiday.last_day, holiday.region, $1, 'imported'
           FROM unnest($2::text[], $3::date[], $4::date[], $5::text[]) AS holiday(name, first_day, last_day, region)`,
        [schoolYear, holidays.map(({ name }) => name), holidays.map(({ firstDay }) => firstDay), holidays.map(({ lastDay }) => lastDay), holidays.map(({ region }) => region)],
      );
    });
  }
}
