import { SESSION_KINDS, SESSION_MODES, type SessionKind, type SessionMode } from '@koers/shared/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Programme } from './programme.entity';

/** One session in a programme's curriculum template; opening an edition turns each slot into a session. */
@Entity()
@Unique(['programmeId', 'position'])
@Check('curriculum_slot_duration_positive', `duration_minutes > 0`)
export class CurriculumSlot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn()
  programme?: Programme;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: SESSION_KINDS, enumName: 'curriculum_slot_kind' })
  kind: SessionKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  theme: string;

  @Column({ type: 'int' })
  durationMinutes: number;

  @Column({ type: 'enum', enum: SESSION_MODES, enumName: 'curriculum_slot_mode' })
  mode: SessionMode;

  @Column({ type: 'boolean', default: true })
  audienceParticipants: boolean;

  @Column({ type: 'boolean', default: false })
  audienceInternalTeams: boolean;

  @Column({ type: 'boolean', default: false })
  audienceDirectors: boolean;
}
