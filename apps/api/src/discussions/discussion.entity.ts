import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { NetworkGroup } from '../network-groups/network-group.entity';
import { Person } from '../people/person.entity';

/** A thread in an edition's conversation, for the whole edition or for one network group. */
@Entity()
@Index(['editionId', 'lastPostAt'])
export class Discussion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  /** The network group the thread belongs to; null: the whole edition. */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => NetworkGroup, { onDelete: 'CASCADE' })
  @JoinColumn()
  group?: NetworkGroup;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'uuid', nullable: true })
  authorPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  authorPerson?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Moved on by every reply: the list is ordered by it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastPostAt: Date;
}
