import type { InviteTeamMemberRequest } from '@koers/shared/internal-team';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NormalisedEmail, SingleLine, Trimmed } from '../../app/text';

export class InviteTeamMemberDto implements InviteTeamMemberRequest {
  @SingleLine()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @NormalisedEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  roleInOrganisation: string;

  @IsOptional()
  @IsUUID()
  editionId?: string;
}
