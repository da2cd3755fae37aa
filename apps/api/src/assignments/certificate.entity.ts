import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';

/** Issued once a participant completes an edition; anyone can check the code at /verify/:code. */
@Entity()
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
}
