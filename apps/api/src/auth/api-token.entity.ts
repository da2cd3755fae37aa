import { API_TOKEN_SCOPES, type ApiTokenScope } from '@koers/shared/api-tokens';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';

/** A personal API token; the token itself is shown once, only its SHA-256 is stored. Revoking deletes the row. */
@Entity()
export class ApiToken {
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
  name: string;

  @Column({ type: 'enum', enum: API_TOKEN_SCOPES, enumName: 'api_token_scope' })
  scope: ApiTokenScope;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
