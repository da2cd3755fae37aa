import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { ImplementationChallenge } from './implementation-challenge.entity';

@Entity()
@Index(['challengeId', 'entryDate'])
export class ChallengeLogEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ImplementationChallenge, { onDelete: 'CASCADE' })
  @JoinColumn()
  challenge?: ImplementationChallenge;

  @Column({ type: 'date' })
  entryDate: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', nullable: true })
  authorPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  authorPerson?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
