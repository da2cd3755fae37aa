import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from './session.entity';

export const SESSION_STAFF_ROLES = ['trainer', 'facilitator', 'speaker'] as const;
export type SessionStaffRole = (typeof SESSION_STAFF_ROLES)[number];

/** Who runs a session: a person with an account, or a guest speaker known only by name. */
@Entity()
@Check('session_staff_person_or_guest', `person_id IS NOT NULL OR guest_name IS NOT NULL`)
@Index(['sessionId', 'personId'], { unique: true, where: 'person_id IS NOT NULL' })
export class SessionStaff {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'text', nullable: true })
  guestName: string | null;

  @Column({ type: 'text', nullable: true })
  guestOrganisation: string | null;

  @Column({ type: 'enum', enum: SESSION_STAFF_ROLES, enumName: 'session_staff_role' })
  role: SessionStaffRole;
}
