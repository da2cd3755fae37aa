import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Region } from '../regions/region.entity';

@Entity()
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  /** The region as typed at enrolment (free text, shown in the who's who and used to propose network groups). */
  @Column({ type: 'text', nullable: true })
  region: string | null;

  /** The regional network the organisation belongs to, set by the programme office: what regional programme managers see. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'region_id' })
  networkRegion?: Region;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
