import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImplementationChallenge } from '../challenges/implementation-challenge.entity';
import { InstrumentDimension } from '../instruments/instrument-dimension.entity';

/** An action a participant draws from the results, on their implementation challenge, in one innovation-route phase. */
@Entity()
export class MeasurementAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ImplementationChallenge, { onDelete: 'CASCADE' })
  @JoinColumn()
  challenge?: ImplementationChallenge;

  @Column({ type: 'uuid', nullable: true })
  dimensionId: string | null;

  @ManyToOne(() => InstrumentDimension, { onDelete: 'SET NULL' })
  @JoinColumn()
  dimension?: InstrumentDimension;

  @Column({ type: 'enum', enum: INNOVATION_PHASES, enumName: 'innovation_phase' })
  phase: InnovationPhase;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
