import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';

/** A participant's own implementation question (implementatievraagstuk), one per participant enrolment. */
@Entity()
export class ImplementationChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  enrolmentId: string;

  @OneToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrolment?: Enrolment;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  innovation: string;

  @Column({ type: 'text', default: '' })
  goal: string;

  @Column({ type: 'enum', enum: INNOVATION_PHASES, enumName: 'innovation_phase', default: 'explore' })
  phase: InnovationPhase;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
