import { DELIVERY_STATUSES, type DeliveryStatus } from '@koers/shared/notifications';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Person } from '../people/person.entity';

/**
 * One mail to one person, or about one application (to the applicant or their director, who have no account), about
 * one thing. The unique (recipient, event, kind) keys are what make every reminder go out exactly once, whatever the
 * number of replicas, restarts or retries.
 */
@Entity()
@Unique(['personId', 'eventKey', 'kind'])
@Unique('notification_delivery_application_event_kind', ['applicationId', 'eventKey', 'kind'])
@Check('notification_delivery_one_recipient', `num_nonnulls(person_id, application_id) = 1`)
@Index(['status', 'nextAttemptAt'])
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  /** A mail about an application goes with it: an expired or erased application leaves no mail behind. */
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn()
  application?: Application;

  /** What the mail is about, e.g. `session:<id>:seq:3` or `assignment:<id>`. */
  @Column({ type: 'text' })
  eventKey: string;

  /** Which mail, e.g. `session_reminder`, `session_changed`, `invitation`. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ type: 'enum', enum: DELIVERY_STATUSES, enumName: 'delivery_status', default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
