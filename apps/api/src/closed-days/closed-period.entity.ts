import type { ClosedPeriodSource } from '@koers/shared/closed-days';
import { REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Programme } from '../programmes/programme.entity';

/** A check constraint: the column holds one of the school-holiday regions, or nothing. */
export const regionKnown = (column: string) => `${column} IS NULL OR ${column} IN (${REGIONS.map((region) => `'${region}'`).join(', ')})`;

/**
 * A run of days on which no session is planned: a school holiday of a region in a school year (from a published
 * or imported table), or a closed day of the programme office (for the country, a region or one programme).
 * Public holidays are not stored: the law fixes them, so they are computed.
 */
@Entity()
@Check('closed_period_days_in_order', `last_day >= first_day`)
@Check('closed_period_region_known', regionKnown('region'))
// Which sources are stored, and: a school holiday belongs to a region and a school year and has no programme; an office's closed day has no school year.
@Check(
  'closed_period_school_holiday_shape',
  `(kind = 'school_holiday' AND region IS NOT NULL AND school_year IS NOT NULL AND programme_id IS NULL AND source IN ('published', 'imported'))
   OR (kind = 'closed_day' AND school_year IS NULL AND source = 'office')`,
)
@Index('closed_period_school_holiday_unique', ['schoolYear', 'region', 'name'], { unique: true, where: `kind = 'school_holiday'` })
export class ClosedPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: 'school_holiday' | 'closed_day';

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'date' })
  firstDay: string;

  /** Planning reads the periods that end on or after an edition's start. */
  @Index()
  @Column({ type: 'date' })
  lastDay: string;

  @Column({ type: 'text', nullable: true })
  region: SchoolHolidayRegion | null;

  /** The year a school holiday's school year starts in. */
  @Column({ type: 'int', nullable: true })
  schoolYear: number | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn()
  programme?: Programme;

  @Column({ type: 'text' })
  source: Extract<ClosedPeriodSource, 'published' | 'imported' | 'office'>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
