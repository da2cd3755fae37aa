import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Person } from '../people/person.entity';

/** What a person shows of themselves in the who's who of their editions; without a row they show nothing extra. */
@Entity()
export class DirectoryProfile {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @OneToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  /**
   * Hidden from every who's who; only the programme office still sees them. Null until they choose: then whoever is
   * only in internal teams is hidden (they were invited by a colleague, not enrolled in a cohort), everyone else shown.
   */
  @Column({ type: 'boolean', nullable: true })
  hidden: boolean | null;

  /** Opted in to the alumni directory: later editions of their programmes see them ("de Rebels"). */
  @Column({ type: 'boolean', default: false })
  alumni: boolean;

  /** The photo in FileStorage (a JPEG, PNG or WebP checked by its content); null for none. */
  @Column({ type: 'text', nullable: true })
  photoStorageKey: string | null;

  @Column({ type: 'text', nullable: true })
  photoContentType: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
