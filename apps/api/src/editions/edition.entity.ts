import { EDITION_STATUSES, type EditionStatus, type SchoolHolidayRegion } from '@koers/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { regionKnown } from '../closed-days/closed-period.entity';
import { Programme } from '../programmes/programme.entity';

@Entity()
@Check('edition_dates_ordered', `end_date >= start_date`)
@Check('edition_capacity_positive', `capacity > 0`)
@Check('edition_price_not_negative', `price_cents IS NULL OR price_cents >= 0`)
@Check('edition_school_holiday_region_known', regionKnown('school_holiday_region'))
export class Edition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn()
  programme?: Programme;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'enum', enum: EDITION_STATUSES, enumName: 'edition_status', default: 'draft' })
  status: EditionStatus;

  @Column({ type: 'text', nullable: true })
  defaultLocation: string | null;

  @Column({ type: 'text', nullable: true })
  defaultOnlineUrl: string | null;

  /** Shown on the programme's public page, with the dates from its schedule, while applications are open. */
  @Column({ type: 'boolean', default: false })
  openForApplications: boolean;

  /** The last calendar day (Amsterdam) on which one can apply; none: until the edition starts. */
  @Column({ type: 'date', nullable: true })
  applicationDeadline: string | null;

  /** The price per participant in euro cents, as the public page shows it; none: not stated. */
  @Column({ type: 'int', nullable: true })
  priceCents: number | null;

  /** The region whose school holidays the edition was planned around; adding or moving a session onto one asks first. */
  @Column({ type: 'text', nullable: true })
  schoolHolidayRegion: SchoolHolidayRegion | null;

  /**
   * The completion rule this edition was completed under, kept when it completes or once its sessions are over and
   * its programme's rule changes: a new rule is for the editions still running and to come. None: the programme's rule.
   */
  @Column({ type: 'smallint', nullable: true })
  completionThresholdPercent: number | null;

  @Column({ type: 'boolean', nullable: true })
  completionRequiresAllApproved: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
