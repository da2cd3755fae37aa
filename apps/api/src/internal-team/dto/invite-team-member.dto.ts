import type { InviteTeamMemberRequest } from '@koers/shared/internal-team';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { NormalisedEmail, PersonName, RequiredLine, IsMailAddress } from '../../app/text';

export class InviteTeamMemberDto implements InviteTeamMemberRequest {
  @PersonName()
  name: string;

  @NormalisedEmail()
  @IsMailAddress()
  @MaxLength(254)
  email: string;

  @RequiredLine(200)
  roleInOrganisation: string;

  @IsOptional()
  @IsUUID()
  editionId?: string;
}
