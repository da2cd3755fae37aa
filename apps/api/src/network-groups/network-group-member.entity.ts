import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';
import { NetworkGroup } from './network-group.entity';

/**
 * A participant's membership of a network group, with its dates: moving someone closes their row and opens one in
 * the new group, so the old group's sessions before the move still expect them (their marks and rates stay) and
 * the new group's sessions from the move on. Current members are the rows with `left_at IS NULL` (one per enrolment).
 */
@Entity()
@Index('network_group_member_one_current', ['enrolmentId'], { unique: true, where: 'left_at IS NULL' })
export class NetworkGroupMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  networkGroupId: string;

  @ManyToOne(() => NetworkGroup, { onDelete: 'CASCADE' })
  @JoinColumn()
  networkGroup?: NetworkGroup;

  /** The participant's enrolment in the group's edition. */
  @Index()
  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrolment?: Enrolment;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
