import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { MeasurementRound } from './measurement-round.entity';

/** The marker that a person was reminded of a round: inserted once, with the mail, so nobody is reminded twice. */
@Entity()
export class MeasurementReminder {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => MeasurementRound, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: MeasurementRound;

  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  remindedAt: Date;
}
