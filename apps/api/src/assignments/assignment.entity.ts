import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { AssignmentTemplate } from '../programmes/assignment-template.entity';
import { Session } from '../sessions/session.entity';

@Entity()
@Index(['editionId', 'dueAt'])
@Check('assignment_accepts_something', `accepts_text OR accepts_files`)
@Check('assignment_cutoff_after_due', `cutoff_at IS NULL OR cutoff_at >= due_at`)
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  @ManyToOne(() => AssignmentTemplate, { onDelete: 'SET NULL' })
  @JoinColumn()
  template?: AssignmentTemplate;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'SET NULL' })
  @JoinColumn()
  session?: Session;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  instructions: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  /** After this instant nothing is accepted; between due and cut-off a submission is late. */
  @Column({ type: 'timestamptz', nullable: true })
  cutoffAt: Date | null;

  @Column({ type: 'boolean', default: true })
  acceptsText: boolean;

  @Column({ type: 'boolean', default: true })
  acceptsFiles: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
