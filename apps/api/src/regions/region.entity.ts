import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A regional network of care organisations (Anders Werken in de Zorg), each with its own programme manager. Not the
 * school-holiday regions (`noord`, `midden`, `zuid`) an edition is planned around: those are a calendar matter.
 * The regions are seeded by their migration; organisations point to one.
 */
@Entity()
export class Region {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;
}
