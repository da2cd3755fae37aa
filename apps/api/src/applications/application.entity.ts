import { APPLICATION_STATUSES, type ApplicationStatus, DIRECTOR_COMMITMENTS, type DirectorCommitment } from '@koers/shared/applications';
import { type Locale, LOCALES } from '@koers/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Edition } from '../editions/edition.entity';

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
}
