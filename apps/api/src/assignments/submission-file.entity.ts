import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Submission } from './submission.entity';

/** A file handed in with a submission; the bytes live under $KOERS_DATA_DIR/files/<storageKey>. */
@Entity()
@Check('submission_file_size_positive', `size_bytes >= 0`)
export class SubmissionFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => Submission, { onDelete: 'CASCADE' })
  @JoinColumn()
  submission?: Submission;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'text', unique: true })
  storageKey: string;

  /** The SHA-256 of the bytes (hex), by which a hand-in sent twice is known; none for files handed in before it was kept. */
  @Column({ type: 'text', nullable: true })
  contentSha256: string | null;
}
