import { WEBHOOK_EVENTS, type WebhookEvent } from '@koers/shared/webhooks';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where an integrator receives the events it subscribed to, set up by the programme office. */
@Entity()
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'enum', enum: WEBHOOK_EVENTS, enumName: 'webhook_event', array: true })
  events: WebhookEvent[];

  /**
   * The signing secret is derived from this salt and KOERS_SECRET, never stored: a copy of the database alone cannot
   * forge deliveries. Rotating the secret draws a new salt.
   */
  @Column({ type: 'text' })
  secretSalt: string;

  /** Set while the endpoint is switched off (by Koers after a day of failures, or by the programme office). */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** The first failed attempt since the last one that succeeded: a day after it, the endpoint is switched off. */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
