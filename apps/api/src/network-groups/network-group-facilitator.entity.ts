import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { NetworkGroup } from './network-group.entity';

/** A facilitator (begeleider) of a network group; they staff the group's network sessions. */
@Entity()
export class NetworkGroupFacilitator {
  @PrimaryColumn({ type: 'uuid' })
  networkGroupId: string;

  @ManyToOne(() => NetworkGroup, { onDelete: 'CASCADE' })
  @JoinColumn()
  networkGroup?: NetworkGroup;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Person;
}
