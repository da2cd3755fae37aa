import type { AssignRegionManagerRequest } from '@koers/shared/regions';
import { IsEmail, MaxLength } from 'class-validator';
import { NormalisedEmail } from '../../app/text';

export class AssignRegionManagerDto implements AssignRegionManagerRequest {
  @NormalisedEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;
}
