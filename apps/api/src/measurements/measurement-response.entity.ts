import { MEASUREMENT_RESPONDENT_ROLES, type MeasurementRespondentRole } from '@koers/shared/measurements';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';
import { InstrumentVersion } from '../instruments/instrument-version.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { MeasurementRound } from './measurement-round.entity';

/**
 * One person's answers in one round about one participant (their own organisation or team, a sponsored participant's,
 * the team they support). Keeps the instrument version it was given on.
 */
@Entity()
@Unique(['roundId', 'personId', 'participantEnrolmentId'])
export class MeasurementResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => MeasurementRound, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: MeasurementRound;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  /** The participant enrolment the answers are about; their organisation is the one the results count them for. */
  @Index()
  @Column({ type: 'uuid' })
  participantEnrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  participantEnrolment?: Enrolment;

  /**
   * The organisation the answers count for once the participant is erased (their person row then names none), kept
   * so the aggregates keep the answers, as erasure promises; null while the participant's own row says it.
   */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'enum', enum: MEASUREMENT_RESPONDENT_ROLES, enumName: 'measurement_respondent_role' })
  role: MeasurementRespondentRole;

  @Column({ type: 'uuid' })
  instrumentVersionId: string;

  @ManyToOne(() => InstrumentVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  instrumentVersion?: InstrumentVersion;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;
}
