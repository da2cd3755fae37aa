import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Edition } from '../editions/edition.entity';

/**
 * A network group (netwerkgroep): part of an edition's participants with its own facilitators. Each network
 * session of the curriculum runs once per group, as a session of its own (`session.network_group_id`).
 */
@Entity()
@Unique(['editionId', 'name'])
export class NetworkGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  @Column({ type: 'text' })
  name: string;

  /** Order on the groups page and in proposals. */
  @Column({ type: 'int' })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
