import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@koers/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from '../sessions/session.entity';

/** One mark per person per session. */
@Entity()
@Unique(['sessionId', 'personId'])
export class Attendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_status' })
  status: AttendanceStatus;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  recordedByPerson?: Person;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
