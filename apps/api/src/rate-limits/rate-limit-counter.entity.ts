import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter per limited thing (a login account, an address, a person at a session), kept in PostgreSQL
 * so that a limit holds across replicas and under parallel requests. The key holds hashes, not the email or address.
 */
@Entity()
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'int' })
  hits: number;

  /** When the window ends and the counter starts again from zero; rows past it are purged. */
  @Index()
  @Column({ type: 'timestamptz' })
  resetsAt: Date;
}
