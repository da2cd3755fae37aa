import { RSVP_RESPONSES, type RsvpResponse } from '@koers/shared/rsvp';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from './session.entity';

/** A director's (board meeting) or internal-team member's (internal-team day) answer to an invitation. */
@Entity()
@Unique(['sessionId', 'personId'])
@Check('session_rsvp_delegate_named', `response <> 'delegate' OR (delegate_name IS NOT NULL AND delegate_email IS NOT NULL)`)
// Finds the meetings someone goes to as a delegate: the `expected_attendee` view for one person, and `GET /api/me`.
@Index('session_rsvp_delegate_person', ['delegatePersonId'], { where: `response = 'delegate'` })
export class SessionRsvp {
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

  @Column({ type: 'enum', enum: RSVP_RESPONSES, enumName: 'rsvp_response' })
  response: RsvpResponse;

  @Column({ type: 'text', nullable: true })
  delegateName: string | null;

  @Column({ type: 'text', nullable: true })
  delegateEmail: string | null;

  /** The delegate's own person record, so they appear on the roster and can be marked. */
  @Column({ type: 'uuid', nullable: true })
  delegatePersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  delegatePerson?: Person;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  respondedAt: Date;
}
