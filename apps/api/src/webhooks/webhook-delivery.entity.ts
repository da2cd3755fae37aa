import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENTS, type WebhookDeliveryStatus, type WebhookEvent } from '@koers/shared/webhooks';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * The webhook outbox: one event to one endpoint, written in the transaction of the change it reports and sent by
 * the webhook worker. The unique (endpoint, event key) makes queuing the same event twice a no-op.
 */
@Entity()
@Unique(['endpointId', 'eventKey'])
@Index(['status', 'nextAttemptAt'])
@Index(['endpointId', 'createdAt'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn()
  endpoint?: WebhookEndpoint;

  @Column({ type: 'enum', enum: WEBHOOK_EVENTS, enumName: 'webhook_event' })
  event: WebhookEvent;

  /** What happened to what, e.g. `enrolment.created:<enrolment id>`. */
  @Column({ type: 'text' })
  eventKey: string;

  /** The delivery's `data`: ids and states only, so the log of deliveries holds no one's personal details. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'enum', enum: WEBHOOK_DELIVERY_STATUSES, enumName: 'webhook_delivery_status', default: 'pending' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  /** The start of the last answer's body, or why there was none. */
  @Column({ type: 'text', nullable: true })
  responseSnippet: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
