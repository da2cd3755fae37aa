import { DELIVERY_STATUSES, type DeliveryStatus } from '@koers/shared/notifications';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Person } from '../people/person.entity';

/**
 * One mail to one person about one thing. The unique (person, event, kind) key is what makes
 * every reminder go out exactly once, whatever the number of replicas, restarts or retries.
 */
@Entity()
@Unique(['personId', 'eventKey', 'kind'])
@Index(['status', 'nextAttemptAt'])
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

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
