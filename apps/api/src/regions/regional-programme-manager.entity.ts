import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Region } from './region.entity';

/** A person who is the programme manager of a region: they see its organisations and how they take part. */
@Entity()
export class RegionalProgrammeManager {
  @PrimaryColumn({ type: 'uuid' })
  regionId: string;

  /** Looked up per person on every request that asks which regions the caller manages. */
  @Index()
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn()
  region?: Region;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
