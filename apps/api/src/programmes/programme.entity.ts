import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
@Check('programme_attendance_threshold_range', `attendance_threshold_percent BETWEEN 0 AND 100`)
@Check('programme_slug_format', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class Programme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable code, e.g. HIS-I. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The address of the public programme page, `/programmas/<slug>`; a programme without one has no public page. */
  @Column({ type: 'text', unique: true, nullable: true })
  slug: string | null;

  /** For whom the programme is, as the public page says it; empty leaves the section out. */
  @Column({ type: 'text', default: '' })
  audience: string;

  /** Completion: minimum share of programme days attended. */
  @Column({ type: 'smallint', default: 80 })
  attendanceThresholdPercent: number;

  /** Completion: whether every assignment must be approved. */
  @Column({ type: 'boolean', default: true })
  requireAllAssignmentsApproved: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
