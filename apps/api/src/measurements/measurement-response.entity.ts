import { MEASUREMENT_RESPONDENT_ROLES, type MeasurementRespondentRole } from '@koers/shared/measurements';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';
import { InstrumentVersion } from '../instruments/instrument-version.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Region } from '../regions/region.entity';
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
   * The organisation the answers count for: the participant's when the form was first saved, so a later correction
   * of their organisation, or their erasure, moves no answer to another organisation's figures or individual views.
   * Null only when the participant had none then: their organisation now counts.
   */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn()
  organisation?: Organisation;

  /**
   * The region the answers count for: that organisation's when the form was first saved. An organisation that joins a
   * region later brings no earlier answer into its figures, whose change would give a small organisation's away.
   */
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'SET NULL' })
  @JoinColumn()
  region?: Region;

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
