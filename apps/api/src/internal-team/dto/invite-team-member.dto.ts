import type { InviteTeamMemberRequest } from '@koers/shared/internal-team';
import { IsOptional, MaxLength } from 'class-validator';
import { NormalisedEmail, PersonName, RequiredLine, IsMailAddress, IsId } from '../../app/text';

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
  @IsId()
  editionId?: string;
}
