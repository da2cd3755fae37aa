import { RSVP_RESPONSES, type RsvpRequest, type RsvpResponse } from '@koers/shared/rsvp';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';

/** Emails are compared and stored lower-cased (see Person.email). */
export const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const isDelegate = (dto: RsvpDto) => dto.response === 'delegate';

export class RsvpDto implements RsvpRequest {
  @IsIn(RSVP_RESPONSES)
  response: RsvpResponse;

  @ValidateIf(isDelegate)
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  delegateName?: string;

  @ValidateIf(isDelegate)
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  delegateEmail?: string;
}

export class SessionParamsDto {
  @IsUUID()
  id: string;
}
