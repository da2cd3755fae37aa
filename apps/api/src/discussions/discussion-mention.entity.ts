import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { DiscussionPost } from './discussion-post.entity';

/** A post names a person of the edition with `@name`: they are told (mail, and the marker in the list). */
@Entity()
@Index(['personId'])
export class DiscussionMention {
  @PrimaryColumn({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => DiscussionPost, { onDelete: 'CASCADE' })
  @JoinColumn()
  post?: DiscussionPost;

  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;
}
