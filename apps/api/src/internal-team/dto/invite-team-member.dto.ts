import type { InviteTeamMemberRequest } from '@koers/shared/internal-team';
import { MaxLength } from 'class-validator';
import { NormalisedEmail, PersonName, RequiredLine, IsMailAddress, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class InviteTeamMemberDto implements InviteTeamMemberRequest {
  @PersonName()
  name: string;

  @NormalisedEmail()
  @IsMailAddress()
  @MaxLength(254)
  email: string;

  @RequiredLine(200)
  roleInOrganisation: string;

  @Omittable()
  @IsId()
  editionId?: string;
}
