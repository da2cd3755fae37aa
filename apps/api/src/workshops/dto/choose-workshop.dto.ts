import { IsId } from '../../app/text';
import type { ChooseWorkshopRequest } from '@koers/shared/workshops';

export class ChooseWorkshopDto implements ChooseWorkshopRequest {
  @IsId()
  workshopId: string;
}
