import { FEEDBACK_OUTCOMES, type FeedbackOutcome } from '@koers/shared/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Submission } from './submission.entity';

@Entity()
export class Feedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => Submission, { onDelete: 'CASCADE' })
  @JoinColumn()
  submission?: Submission;

  @Column({ type: 'uuid', nullable: true })
  reviewerPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  reviewerPerson?: Person;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ type: 'enum', enum: FEEDBACK_OUTCOMES, enumName: 'feedback_outcome' })
  outcome: FeedbackOutcome;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
