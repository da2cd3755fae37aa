import { WORKSHOP_CHOICE_STATUSES, type WorkshopChoiceStatus } from '@koers/shared/workshops';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Person } from '../people/person.entity';
import { Session } from '../sessions/session.entity';
import { Workshop } from './workshop.entity';

/**
 * A person's choice of one workshop of a session: placed while the workshop has room, else on its waiting list in
 * the order of `chosen_at` (first come, first served). Counted under the workshop's row lock, so parallel choices
 * never overfill it. Someone placed who would rather have another, full workshop keeps their place until that one has
 * room for them (`wantsWorkshopId`): a switch never leaves them with less than they had.
 */
@Entity()
@Check('workshop_choice_wants_only_when_placed', `wants_workshop_id IS NULL OR status = 'placed'`)
@Unique(['sessionId', 'personId'])
@Index(['workshopId', 'status', 'chosenAt'])
export class WorkshopChoice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE' })
  @JoinColumn()
  workshop?: Workshop;

  @Column({ type: 'enum', enum: WORKSHOP_CHOICE_STATUSES, enumName: 'workshop_choice_status' })
  status: WorkshopChoiceStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  chosenAt: Date;

  /** The workshop the person, placed in this one, would rather have; they wait for it in the order of `wantsSince`. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  wantsWorkshopId: string | null;

  @ManyToOne(() => Workshop, { onDelete: 'SET NULL' })
  @JoinColumn()
  wantsWorkshop?: Workshop;

  @Column({ type: 'timestamptz', nullable: true })
  wantsSince: Date | null;

  /** Set when the programme office placed the person rather than they chose. */
  @Column({ type: 'uuid', nullable: true })
  assignedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  assignedByPerson?: Person;
}
