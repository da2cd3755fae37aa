import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Session } from '../sessions/session.entity';

/** One of the parallel parts of a session (a workshop on a programme day) that participants choose between. */
@Entity()
@Check('workshop_capacity_positive', `capacity > 0`)
export class Workshop {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  speaker: string;

  @Column({ type: 'text', default: '' })
  room: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int' })
  position: number;
}
