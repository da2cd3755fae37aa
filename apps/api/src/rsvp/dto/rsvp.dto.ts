import { RSVP_RESPONSES, type RsvpRequest, type RsvpResponse } from '@koers/shared/rsvp';
import { IsIn, MaxLength, ValidateIf } from 'class-validator';
import { NormalisedEmail, PersonName, IsMailAddress } from '../../app/text';

const isDelegate = (dto: RsvpDto) => dto.response === 'delegate';

export class RsvpDto implements RsvpRequest {
  @IsIn(RSVP_RESPONSES)
  response: RsvpResponse;

  @ValidateIf(isDelegate)
  @PersonName()
  delegateName?: string;

  @ValidateIf(isDelegate)
  @NormalisedEmail()
  @IsMailAddress()
  @MaxLength(254)
  delegateEmail?: string;
}
