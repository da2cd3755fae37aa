import { ATTENDANCE_SOURCES, type AttendanceSource } from '@koers/shared/attendance';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@koers/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from '../sessions/session.entity';


/** History of attendance marks: who changed what, when, and the value before. */
@Entity()
@Index(['sessionId', 'personId', 'changedAt'])
export class AttendanceChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_change_previous_status', nullable: true })
  previousStatus: AttendanceStatus | null;

  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_change_status' })
  status: AttendanceStatus;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'enum', enum: ATTENDANCE_SOURCES, enumName: 'attendance_source' })
  source: AttendanceSource;

  @Column({ type: 'uuid', nullable: true })
  changedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  changedByPerson?: Person;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
