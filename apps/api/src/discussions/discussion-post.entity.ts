import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ModeratedPost } from '../app/moderated-post';
import { Discussion } from './discussion.entity';

/** The opening post of a thread (its oldest) or a reply; moderated like every post. */
@Entity()
@Index(['discussionId', 'createdAt'])
export class DiscussionPost extends ModeratedPost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  discussionId: string;

  @ManyToOne(() => Discussion, { onDelete: 'CASCADE' })
  @JoinColumn()
  discussion?: Discussion;
}
