import type { ReceivedInvitation } from '@koers/shared/invitations';
import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../auth/auth-context';
import { InvitationParamsDto } from './dto/invitation-params.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitationsService: InvitationsService) {}

  @Get('me/invitations')
  received(@Auth() auth: AuthContext): Promise<ReceivedInvitation[]> {
    return this.invitationsService.received(auth);
  }

  @Post('me/invitations/:id/accept')
  @HttpCode(204)
  accept(@Auth() auth: AuthContext, @Param() params: InvitationParamsDto): Promise<void> {
    return this.invitationsService.accept(auth, params.id);
  }

  @Post('me/invitations/:id/decline')
  @HttpCode(204)
  decline(@Auth() auth: AuthContext, @Param() params: InvitationParamsDto): Promise<void> {
    return this.invitationsService.decline(auth, params.id);
  }

  /** The inviter withdraws an invitation they sent that has not been answered yet. */
  @Delete('invitations/:id')
  @HttpCode(204)
  withdraw(@Auth() auth: AuthContext, @Param() params: InvitationParamsDto): Promise<void> {
    return this.invitationsService.withdraw(auth, params.id);
  }
}
