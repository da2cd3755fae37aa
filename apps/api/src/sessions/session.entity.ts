import {
  SESSION_KINDS,
  SESSION_MODES,
  SESSION_STATUSES,
  type SessionKind,
  type SessionMode,
  type SessionStatus,
} from '@koers/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { NetworkGroup } from '../network-groups/network-group.entity';
import { CurriculumSlot } from '../programmes/curriculum-slot.entity';

/** A programme day, network session or board meeting of one edition. Times are instants; the UI shows them in Europe/Amsterdam. */
@Entity()
@Index(['editionId', 'startsAt'])
@Index(['startsAt'])
@Check('session_ends_after_start', `ends_at > starts_at`)
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  @Column({ type: 'uuid', nullable: true })
  curriculumSlotId: string | null;

  @ManyToOne(() => CurriculumSlot, { onDelete: 'SET NULL' })
  @JoinColumn()
  curriculumSlot?: CurriculumSlot;

  /** Set on a network session that runs for one network group: only that group's members are expected. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  networkGroupId: string | null;

  @ManyToOne(() => NetworkGroup, { onDelete: 'RESTRICT' })
  @JoinColumn()
  networkGroup?: NetworkGroup;

  @Column({ type: 'enum', enum: SESSION_KINDS, enumName: 'session_kind' })
  kind: SessionKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  theme: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'enum', enum: SESSION_MODES, enumName: 'session_mode' })
  mode: SessionMode;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'boolean', default: true })
  audienceParticipants: boolean;

  @Column({ type: 'boolean', default: false })
  audienceInternalTeams: boolean;

  @Column({ type: 'boolean', default: false })
  audienceDirectors: boolean;

  @Column({ type: 'enum', enum: SESSION_STATUSES, enumName: 'session_status', default: 'scheduled' })
  status: SessionStatus;

  @Column({ type: 'text', default: '' })
  agenda: string;

  /** Recorded afterwards by a trainer (Markdown). */
  @Column({ type: 'text', default: '' })
  notes: string;

  /** What was covered, recorded afterwards by a trainer (Markdown). */
  @Column({ type: 'text', default: '' })
  covered: string;

  /** Raised on every save of notes/covered, so two trainers editing at once get a conflict instead of an overwrite. */
  @Column({ type: 'int', default: 0 })
  notesVersion: number;

  /** Until when participants choose between the session's workshops; null when it has none. */
  @Column({ type: 'timestamptz', nullable: true })
  workshopChoiceClosesAt: Date | null;

  /** Raised on every change, so calendar clients replace their copy (iCalendar SEQUENCE). */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
