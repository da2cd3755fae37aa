import { PERSON_FIELDS, type PersonField } from '@koers/shared/people';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './person.entity';

/** Every correction of a person's name, email or organisation: who changed what from what to what, and when. */
@Entity()
@Index(['personId', 'changedAt'])
export class PersonChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'enum', enum: PERSON_FIELDS, enumName: 'person_field' })
  field: PersonField;

  @Column({ type: 'text', nullable: true })
  oldValue: string | null;

  @Column({ type: 'text', nullable: true })
  newValue: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  changedByPerson?: Person;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
