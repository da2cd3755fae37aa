import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from './session.entity';

/** A file shared with a session's attendees; the bytes live under $KOERS_DATA_DIR/files/<storageKey>. */
@Entity()
export class SessionMaterial {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'text', unique: true })
  storageKey: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  uploadedByPerson?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
