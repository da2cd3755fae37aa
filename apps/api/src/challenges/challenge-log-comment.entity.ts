import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ModeratedPost } from '../app/moderated-post';
import { ChallengeLogEntry } from './challenge-log-entry.entity';

/** Peer feedback on a log entry of someone's implementation challenge; moderated like a discussion post. */
@Entity()
@Index(['logEntryId', 'createdAt'])
export class ChallengeLogComment extends ModeratedPost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  logEntryId: string;

  @ManyToOne(() => ChallengeLogEntry, { onDelete: 'CASCADE' })
  @JoinColumn()
  logEntry?: ChallengeLogEntry;
}
