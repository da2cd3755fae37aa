import { INSTRUMENT_KINDS, type InstrumentKind } from '@koers/shared/measurements';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A measuring instrument (innovation scan, collaboration thermometer); its content lives in its versions. */
@Entity()
export class Instrument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: INSTRUMENT_KINDS, enumName: 'instrument_kind' })
  kind: InstrumentKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Shipped with Koers as an editable example, not a validated instrument. */
  @Column({ type: 'boolean', default: false })
  isExample: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
