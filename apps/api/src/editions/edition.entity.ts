import { EDITION_STATUSES, type EditionStatus } from '@koers/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Programme } from '../programmes/programme.entity';

@Entity()
@Check('edition_dates_ordered', `end_date >= start_date`)
@Check('edition_capacity_positive', `capacity > 0`)
export class Edition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn()
  programme?: Programme;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'enum', enum: EDITION_STATUSES, enumName: 'edition_status', default: 'draft' })
  status: EditionStatus;

  @Column({ type: 'text', nullable: true })
  defaultLocation: string | null;

  @Column({ type: 'text', nullable: true })
  defaultOnlineUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
