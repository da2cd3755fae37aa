import { LOCALES, type Locale } from '@koers/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';

@Entity()
@Check('person_email_lowercase', `email = lower(email)`)
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Sorted as people read names, accents included (Cécile before Chantal); plain byte order put é after every letter. */
  @Column({ type: 'text', collation: 'und-x-icu' })
  name: string;

  /** Always stored lower-cased so that uniqueness and login ignore case. */
  @Column({ type: 'text', unique: true })
  email: string;

  /** Null until the person sets a password through an invitation or reset link. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: false })
  isAdmin: boolean;

  @Column({ type: 'enum', enum: LOCALES, enumName: 'locale', default: 'nl' })
  locale: Locale;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn()
  organisation?: Organisation;

  /**
   * Random value behind the person's calendar feed address, which is an HMAC of it under the server secret:
   * nothing that opens the feed is stored, yet the address can be shown again. Null until they ask for one;
   * a reset replaces it, which switches the old address off.
   */
  @Column({ type: 'text', nullable: true })
  calendarFeedNonce: string | null;

  /**
   * When a calendar last fetched the person's feed (kept to the hour). While a calendar follows the feed, mails
   * carry no calendar invitations: the same sessions would otherwise show twice, once per calendar.
   */
  @Column({ type: 'timestamptz', nullable: true })
  calendarFeedFetchedAt: Date | null;

  /** The fetch before that one: with both recent, a calendar follows the feed (one download fetches it once). */
  @Column({ type: 'timestamptz', nullable: true })
  calendarFeedPreviousFetchAt: Date | null;

  /** Reminders can be switched off; invitations and changes to one's sessions cannot. */
  @Column({ type: 'boolean', default: true })
  remindersEnabled: boolean;

  /**
   * How the person last logged in: `password`, or `oidc:<provider name>` for single sign-on; with `lastLoginAt`
   * the programme office sees it on the person admin page. Null until the first login.
   */
  @Column({ type: 'text', nullable: true })
  lastLoginMethod: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Set when an admin erased the person: the row stays as an anonymous placeholder so counts survive. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
