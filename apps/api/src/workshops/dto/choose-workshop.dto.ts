import type { ChooseWorkshopRequest } from '@koers/shared/workshops';
import { IsUUID } from 'class-validator';

export class ChooseWorkshopDto implements ChooseWorkshopRequest {
  @IsUUID()
  workshopId: string;
}
