import {
  MEASUREMENT_MOMENTS,
  MEASUREMENT_RESPONDENT_ROLES,
  MEASUREMENT_SUBJECTS,
  type MeasurementMoment,
  type MeasurementRespondentRole,
  type MeasurementSubject,
} from '@koers/shared/measurements';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstrumentVersion } from '../instruments/instrument-version.entity';
import { Programme } from '../programmes/programme.entity';

/** One line of a programme's measurement template: which instrument version is filled when, by whom, about what. */
@Entity()
@Check('measurement_template_line_has_respondents', `cardinality(respondents) > 0`)
export class MeasurementTemplateLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn()
  programme?: Programme;

  @Column({ type: 'int' })
  position: number;

  /** A published version: rounds keep it, whatever newer versions come. */
  @Column({ type: 'uuid' })
  instrumentVersionId: string;

  @ManyToOne(() => InstrumentVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  instrumentVersion?: InstrumentVersion;

  @Column({ type: 'enum', enum: MEASUREMENT_MOMENTS, enumName: 'measurement_moment' })
  moment: MeasurementMoment;

  @Column({ type: 'enum', enum: MEASUREMENT_RESPONDENT_ROLES, enumName: 'measurement_respondent_role', array: true })
  respondents: MeasurementRespondentRole[];

  @Column({ type: 'enum', enum: MEASUREMENT_SUBJECTS, enumName: 'measurement_subject' })
  subject: MeasurementSubject;
}
