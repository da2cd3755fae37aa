import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { InstrumentVersion } from './instrument-version.entity';

/** A part of a version that results are reported by ("Leiderschap", "Vertrouwen"). */
@Entity()
@Unique(['versionId', 'position'])
export class InstrumentDimension {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  versionId: string;

  @ManyToOne(() => InstrumentVersion, { onDelete: 'CASCADE' })
  @JoinColumn()
  version?: InstrumentVersion;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  name: string;
}
