import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Instrument } from './instrument.entity';

/**
 * One version of an instrument's content. Published (`publishedAt` set) it never changes again, since answers keep
 * the version they were given on; an instrument has at most one draft at a time.
 */
@Entity()
@Unique(['instrumentId', 'number'])
@Index('instrument_version_one_draft', ['instrumentId'], { unique: true, where: 'published_at IS NULL' })
export class InstrumentVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn()
  instrument?: Instrument;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
