import type { MyInternalTeamResponse } from '@koers/shared/internal-team';
import type { SentInvitation } from '@koers/shared/invitations';
import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { ClientAddress } from '../rate-limits/client-address';
import { InviteTeamMemberDto } from './dto/invite-team-member.dto';
import { InternalTeamService } from './internal-team.service';

@ApiTags('internal-team')
@Controller('me/internal-team')
export class InternalTeamController {
  constructor(private readonly internalTeamService: InternalTeamService) {}

  @Get()
  mine(@Auth() auth: AuthContext): Promise<MyInternalTeamResponse> {
    return this.internalTeamService.mine(auth);
  }

  /** Counted against the invitation limits once it makes a new invitation (see InvitationsService). */
  @Post()
  invite(@Auth() auth: AuthContext, @Body() dto: InviteTeamMemberDto, @ClientAddress() address: string): Promise<SentInvitation> {
    return this.internalTeamService.invite(auth, dto, address);
  }

  @Delete(':personId')
  @HttpCode(204)
  remove(@Auth() auth: AuthContext, @IdParam('personId') personId: string): Promise<void> {
    return this.internalTeamService.remove(auth, personId);
  }
}
