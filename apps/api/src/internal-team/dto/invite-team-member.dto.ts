import type { InviteTeamMemberRequest } from '@koers/shared/internal-team';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { normaliseEmail, trimmed } from '../../rsvp/dto/rsvp.dto';

export class InviteTeamMemberDto implements InviteTeamMemberRequest {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  roleInOrganisation: string;

  @IsOptional()
  @IsUUID()
  editionId?: string;
}

export class TeamMemberParamsDto {
  @IsUUID()
  personId: string;
}
