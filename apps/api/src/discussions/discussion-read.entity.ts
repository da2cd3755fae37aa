import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Discussion } from './discussion.entity';

/** How far a person has read a thread: posts after `lastReadAt` are new to them (the unread marker). */
@Entity()
export class DiscussionRead {
  @PrimaryColumn({ type: 'uuid' })
  discussionId: string;

  @ManyToOne(() => Discussion, { onDelete: 'CASCADE' })
  @JoinColumn()
  discussion?: Discussion;

  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'timestamptz' })
  lastReadAt: Date;
}
