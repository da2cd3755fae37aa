import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';

/**
 * When a participant was first seen to meet the completion rule. Completion is computed, not stored, and can be
 * reached by the passing of the last programme day as well as by a change; this record makes "reached" an event
 * that happens once (and is reported to integrators once), whatever corrections follow.
 */
@Entity()
export class CompletionReached {
  @PrimaryColumn({ type: 'uuid' })
  enrolmentId: string;

  @OneToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrolment?: Enrolment;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  reachedAt: Date;
}
