import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DiscussionPost } from './discussion-post.entity';

/** A file its author attached to a post, checked by content like every upload (FileStorage), counted in their quota. */
@Entity()
export class DiscussionAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => DiscussionPost, { onDelete: 'CASCADE' })
  @JoinColumn()
  post?: DiscussionPost;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'text', unique: true })
  storageKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
