import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

/** A server-side login session; the cookie holds a random token whose SHA-256 is stored here. */
@Entity()
export class LoginSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'text' })
  csrfToken: string;

  /** `password`, or `oidc:<provider name>`: logging out offers to end the provider's session as well. */
  @Column({ type: 'text', default: 'password' })
  loginMethod: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;
}
