import type { InviteTeamMemberRequest } from '@koers/shared/internal-team';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NormalisedEmail, PersonName, Trimmed } from '../../app/text';

export class InviteTeamMemberDto implements InviteTeamMemberRequest {
  @PersonName()
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
