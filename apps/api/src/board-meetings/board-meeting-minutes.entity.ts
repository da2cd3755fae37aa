import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from '../sessions/session.entity';

/**
 * The minutes of a board meeting as published to the directors. Kept apart from `session.notes`, which is the
 * trainers' own record of a session: what directors read is a deliberate publication, not a working note.
 */
@Entity()
export class BoardMeetingMinutes {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @OneToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  /** Plain text; Markdown is allowed. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  publishedByPerson?: Person;
}
