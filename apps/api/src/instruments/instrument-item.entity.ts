import { ITEM_SCALES, type ItemScale } from '@koers/shared/measurements';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { InstrumentDimension } from './instrument-dimension.entity';

/** One statement a respondent answers on the item's scale. */
@Entity()
@Unique(['dimensionId', 'position'])
export class InstrumentItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dimensionId: string;

  @ManyToOne(() => InstrumentDimension, { onDelete: 'CASCADE' })
  @JoinColumn()
  dimension?: InstrumentDimension;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'enum', enum: ITEM_SCALES, enumName: 'instrument_item_scale' })
  scale: ItemScale;

  @Column({ type: 'boolean', default: false })
  freeTextAllowed: boolean;
}
