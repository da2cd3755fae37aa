import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { InstrumentItem } from '../instruments/instrument-item.entity';
import { MeasurementResponse } from './measurement-response.entity';

/** The answer to one item of a response, saved as it is given. */
@Entity()
@Check('measurement_answer_value_range', `value BETWEEN 1 AND 5`)
export class MeasurementAnswer {
  @PrimaryColumn({ type: 'uuid' })
  responseId: string;

  @ManyToOne(() => MeasurementResponse, { onDelete: 'CASCADE' })
  @JoinColumn()
  response?: MeasurementResponse;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => InstrumentItem, { onDelete: 'RESTRICT' })
  @JoinColumn()
  item?: InstrumentItem;

  @Column({ type: 'smallint', nullable: true })
  value: number | null;

  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  answeredAt: Date;
}
