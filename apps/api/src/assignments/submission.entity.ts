import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Person } from '../people/person.entity';
import { Assignment } from './assignment.entity';

/** One version of a participant's work on an assignment; every hand-in adds a version. */
@Entity()
@Unique(['assignmentId', 'personId', 'version'])
@Index(['personId'])
@Index(['submittedAt'])
export class Submission {
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

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @Column({ type: 'boolean', default: false })
  late: boolean;
}
