import type { AssignRegionManagerRequest } from '@koers/shared/regions';
import { MaxLength } from 'class-validator';
import { NormalisedEmail, IsMailAddress } from '../../app/text';

export class AssignRegionManagerDto implements AssignRegionManagerRequest {
  @NormalisedEmail()
  @IsMailAddress()
  @MaxLength(254)
  email: string;
}
