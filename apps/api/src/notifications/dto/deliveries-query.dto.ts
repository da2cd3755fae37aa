import {
  DELIVERY_STATUSES,
  type DeliveriesQuery,
  type DeliveryStatus,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '@koers/shared/notifications';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';

export class DeliveriesQueryDto extends PageQueryDto implements DeliveriesQuery {
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}
