import { EXTENSION_REASONS, type ExtensionReason } from '@koers/shared/assignments';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Person } from '../people/person.entity';
import { Assignment } from './assignment.entity';

/** A later deadline (and cut-off) for one person on one assignment. */
@Entity()
@Unique(['assignmentId', 'personId'])
export class AssignmentExtension {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn()
  assignment?: Assignment;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  cutoffAt: Date | null;

  @Column({ type: 'enum', enum: EXTENSION_REASONS, enumName: 'extension_reason', default: 'granted' })
  reason: ExtensionReason;
}
