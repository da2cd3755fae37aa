import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CurriculumSlot } from './curriculum-slot.entity';
import { Programme } from './programme.entity';

/** An assignment in the curriculum, due relative to one of its slots ("3 days before programme day 4"). */
@Entity()
export class AssignmentTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn()
  programme?: Programme;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  instructions: string;

  @Column({ type: 'uuid' })
  relativeToSlotId: string;

  @ManyToOne(() => CurriculumSlot, { onDelete: 'CASCADE' })
  @JoinColumn()
  relativeToSlot?: CurriculumSlot;

  /** Negative: days before the slot's session. */
  @Column({ type: 'int' })
  offsetDays: number;

  /** Amsterdam wall-clock time, HH:mm. */
  @Column({ type: 'text', default: '23:59' })
  dueTime: string;
}
