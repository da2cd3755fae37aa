import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@koers/shared/enrolments';
import { EDITION_ROLES, type EditionRole } from '@koers/shared/roles';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { Person } from '../people/person.entity';

/** A person's role in one edition. */
@Entity()
@Unique(['personId', 'editionId', 'role'])
@Index(['editionId', 'role'])
export class Enrolment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'enum', enum: EDITION_ROLES, enumName: 'edition_role' })
  role: EditionRole;

  @Column({ type: 'enum', enum: ENROLMENT_STATUSES, enumName: 'enrolment_status', default: 'active' })
  status: EnrolmentStatus;

  /** On a participant's enrolment: their director. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  directorPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  directorPerson?: Person;

  /** On an internal-team member's enrolment: the participant enrolment they support. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  supportsEnrolmentId: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  supportsEnrolment?: Enrolment;

  /** On an internal-team member's enrolment: their role in the organisation ("teamleider nachtdienst"). */
  @Column({ type: 'text', nullable: true })
  roleInOrganisation: string | null;

  /** Position on the waiting list when the edition was full; null for everyone else. */
  @Column({ type: 'int', nullable: true })
  waitlistPosition: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  enrolledAt: Date;
}
