import {
  MEASUREMENT_MOMENTS,
  MEASUREMENT_RESPONDENT_ROLES,
  MEASUREMENT_SUBJECTS,
  type MeasurementMoment,
  type MeasurementRespondentRole,
  type MeasurementSubject,
} from '@koers/shared/measurements';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { InstrumentVersion } from '../instruments/instrument-version.entity';
import { Session } from '../sessions/session.entity';

/**
 * One round of an edition: an instrument version filled between `opensAt` and `closesAt` by the respondents the
 * template named. Made when the edition is opened, from its programme's measurement template and schedule.
 */
@Entity()
@Index(['editionId', 'opensAt'])
@Index('measurement_round_open_window', ['closesAt', 'opensAt'])
@Index('measurement_round_session', ['sessionId'], { where: 'session_id IS NOT NULL' })
@Check('measurement_round_window', `closes_at > opens_at`)
export class MeasurementRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  @Column({ type: 'uuid' })
  instrumentVersionId: string;

  @ManyToOne(() => InstrumentVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  instrumentVersion?: InstrumentVersion;

  @Column({ type: 'enum', enum: MEASUREMENT_MOMENTS, enumName: 'measurement_moment' })
  moment: MeasurementMoment;

  /** The internal-team days in their planned order (1 and 2; a day added later after them); 1 otherwise. */
  @Column({ type: 'int', default: 1 })
  occurrence: number;

  /** The internal-team day the round belongs to, whose moves it follows until it opens; null for the scans. */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'SET NULL' })
  @JoinColumn()
  session?: Session;

  @Column({ type: 'enum', enum: MEASUREMENT_RESPONDENT_ROLES, enumName: 'measurement_respondent_role', array: true })
  respondents: MeasurementRespondentRole[];

  @Column({ type: 'enum', enum: MEASUREMENT_SUBJECTS, enumName: 'measurement_subject' })
  subject: MeasurementSubject;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  /** The deadline: answers are refused from this moment on. */
  @Column({ type: 'timestamptz' })
  closesAt: Date;
}
