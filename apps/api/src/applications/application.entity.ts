import { APPLICATION_STATUSES, type ApplicationStatus, DIRECTOR_COMMITMENTS, type DirectorCommitment } from '@koers/shared/applications';
import { type Locale, LOCALES } from '@koers/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';

/**
 * Someone's application for an edition, made without an account on the public page. One per edition and email
 * address; the links in its mails are kept only as the SHA-256 of their tokens.
 */
@Entity()
@Unique('application_edition_email', ['editionId', 'email'])
@Check('application_email_lower_case', `email = lower(email)`)
// The confirmation and the director's answer are looked up by their link alone.
@Index('application_confirm_token', ['confirmTokenHash'], { unique: true })
@Index('application_director_token', ['directorTokenHash'], { unique: true })
// The 7-day expiry finds the unconfirmed ones by age.
@Index('application_unconfirmed_created', ['createdAt'], { where: `status = 'unconfirmed'` })
// The programme office's list is per edition; the waiting list's order is unique per edition, whatever runs in parallel.
@Index('application_edition_status', ['editionId', 'status'])
@Index('application_waitlist_position', ['editionId', 'waitlistPosition'], { unique: true, where: `waitlist_position IS NOT NULL` })
// Compared as text: a migration may not use an enum value it adds in the same transaction.
@Check('application_waitlisted_has_position', `(status::text = 'waitlisted') = (waitlist_position IS NOT NULL)`)
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  @Column({ type: 'enum', enum: APPLICATION_STATUSES, enumName: 'application_status', default: 'unconfirmed' })
  status: ApplicationStatus;

  @Column({ type: 'text' })
  name: string;

  /** Lower case, as typed otherwise: the key of "one application per edition and address". */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'text' })
  jobTitle: string;

  @Column({ type: 'text' })
  region: string;

  /** The implementation challenge the applicant brings. */
  @Column({ type: 'text' })
  challenge: string;

  @Column({ type: 'text' })
  directorName: string;

  @Column({ type: 'text' })
  directorEmail: string;

  /** The applicant's language (their browser's Accept-Language): every mail about the application is written in it. */
  @Column({ type: 'enum', enum: LOCALES, enumName: 'locale', default: 'nl' })
  locale: Locale;

  /** SHA-256 of the token in the confirmation link. */
  @Column({ type: 'text' })
  confirmTokenHash: string;

  /** SHA-256 of the token in the director's link; set when the application is confirmed and the director is asked. */
  @Column({ type: 'text', nullable: true })
  directorTokenHash: string | null;

  @Column({ type: 'enum', enum: DIRECTOR_COMMITMENTS, enumName: 'director_commitment', default: 'pending' })
  directorCommitment: DirectorCommitment;

  /** The director's reason when declining. */
  @Column({ type: 'text', nullable: true })
  directorReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  directorAnsweredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /**
   * Order on the edition's waiting list while waitlisted: increasing, never reused, so a gap left by someone who moved
   * up needs no renumbering; the place shown is the rank among those still waiting.
   */
  @Column({ type: 'int', nullable: true })
  waitlistPosition: number | null;

  /** The programme office's message to the applicant when it declined. */
  @Column({ type: 'text', nullable: true })
  declineMessage: string | null;

  /** When it was last accepted, waitlisted, declined or withdrawn: erasure counts from here. */
  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  /** The participant enrolment an acceptance made; its withdrawal is the acceptance withdrawn. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  enrolmentId: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'SET NULL' })
  @JoinColumn()
  enrolment?: Enrolment;
}
