import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Enrolment } from '../enrolments/enrolment.entity';

/** Issued once a participant completes an edition; anyone can check the code at /verify/:code. */
@Entity()
@Check('certificate_revocation_has_reason', `(revoked_at IS NULL) = (revocation_reason IS NULL)`)
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  enrolmentId: string;

  @OneToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrolment?: Enrolment;

  @Column({ type: 'text', unique: true })
  verificationCode: string;

  /** What the certificate states, frozen at issue so the verification page shows what was printed. */
  @Column({ type: 'jsonb' })
  statement: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;

  /** Withdrawn by the programme office (issued in error): verification says so, and the holder downloads it no more. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  revokedByPerson?: Person;
}
