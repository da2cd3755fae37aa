import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { ChallengeLogEntry } from './challenge-log-entry.entity';

/** Peer feedback on a log entry of someone's implementation challenge; Markdown. */
@Entity()
@Index(['logEntryId', 'createdAt'])
export class ChallengeLogComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  logEntryId: string;

  @ManyToOne(() => ChallengeLogEntry, { onDelete: 'CASCADE' })
  @JoinColumn()
  logEntry?: ChallengeLogEntry;

  /** Indexed for the privacy export and erasure, which look up a person's comments. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  authorPerson?: Person;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Hidden by a moderator: the author sees why, everyone else only that it was. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  hiddenByPerson?: Person;
}
