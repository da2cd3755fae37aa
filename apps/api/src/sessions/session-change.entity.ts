import { SESSION_STATUSES, type SessionStatus } from '@koers/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from './session.entity';

/** A published session that was moved, cancelled or edited keeps its history here. */
@Entity()
@Index(['sessionId', 'changedAt'])
export class SessionChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @Column({ type: 'enum', enum: SESSION_STATUSES, enumName: 'session_change_status' })
  status: SessionStatus;

  /** The fields as they were before the change (startsAt, endsAt, location, onlineUrl, ...). */
  @Column({ type: 'jsonb' })
  previous: Record<string, unknown>;

  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  changedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  changedByPerson?: Person;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
