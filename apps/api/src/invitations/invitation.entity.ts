import { INVITATION_KINDS, INVITATION_STATUSES, type InvitationKind, type InvitationStatus } from '@koers/shared/invitations';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Person } from '../people/person.entity';
import { Session } from '../sessions/session.entity';

/**
 * One person asking another to join something: a participant's internal team (`supportsEnrolmentId`) or a board
 * meeting as a director's delegate (`sessionId`). Nothing is attached to the invited person until they accept.
 */
@Entity()
@Check(
  'invitation_target',
  `(kind = 'internal_team' AND supports_enrolment_id IS NOT NULL AND role_in_organisation IS NOT NULL AND session_id IS NULL)
   OR (kind = 'delegate' AND session_id IS NOT NULL AND supports_enrolment_id IS NULL)`,
)
@Index('invitation_one_pending_team_member', ['supportsEnrolmentId', 'personId'], { unique: true, where: `status = 'pending'` })
@Index('invitation_one_pending_delegate', ['sessionId', 'invitedByPersonId'], { unique: true, where: `status = 'pending'` })
// The invitations a participant's team page lists: waiting, or declined lately (InvitationsRepository.unacceptedForTeams).
@Index('invitation_team_unaccepted', ['supportsEnrolmentId', 'createdAt'], { where: `status IN ('pending', 'declined')` })
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: INVITATION_KINDS, enumName: 'invitation_kind' })
  kind: InvitationKind;

  @Column({ type: 'enum', enum: INVITATION_STATUSES, enumName: 'invitation_status', default: 'pending' })
  status: InvitationStatus;

  @Index()
  @Column({ type: 'uuid' })
  invitedByPersonId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  invitedByPerson?: Person;

  /** The invited person, found or created by the email typed; never shown to the inviter. */
  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;

  /** Name and email as the inviter typed them: all the inviter ever sees of the invitation. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'uuid' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn()
  edition?: Edition;

  /** Internal team: the participant enrolment the invited person would support. */
  @Column({ type: 'uuid', nullable: true })
  supportsEnrolmentId: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  supportsEnrolment?: Enrolment;

  @Column({ type: 'text', nullable: true })
  roleInOrganisation: string | null;

  /** Delegate: the board meeting the director sends them to. */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: Session;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
