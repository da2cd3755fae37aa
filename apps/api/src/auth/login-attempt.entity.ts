import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, kept in PostgreSQL so that the rate limit holds across API replicas. */
@Entity()
@Index(['email', 'attemptedAt'])
@Index(['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
