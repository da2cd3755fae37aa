import { RSVP_RESPONSES, type RsvpRequest, type RsvpResponse } from '@koers/shared/rsvp';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { NormalisedEmail, Trimmed } from '../../app/text';

const isDelegate = (dto: RsvpDto) => dto.response === 'delegate';

export class RsvpDto implements RsvpRequest {
  @IsIn(RSVP_RESPONSES)
  response: RsvpResponse;

  @ValidateIf(isDelegate)
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  delegateName?: string;

  @ValidateIf(isDelegate)
  @NormalisedEmail()
  @IsEmail()
  @MaxLength(254)
  delegateEmail?: string;
}
