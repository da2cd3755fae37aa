import type { ReceivedInvitation } from '@koers/shared/invitations';
import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
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
  accept(@Auth() auth: AuthContext, @IdParam('id') invitationId: string): Promise<void> {
    return this.invitationsService.accept(auth, invitationId);
  }

  @Post('me/invitations/:id/decline')
  @HttpCode(204)
  decline(@Auth() auth: AuthContext, @IdParam('id') invitationId: string): Promise<void> {
    return this.invitationsService.decline(auth, invitationId);
  }

  /** The inviter withdraws an invitation they sent that has not been answered yet. */
  @Delete('invitations/:id')
  @HttpCode(204)
  withdraw(@Auth() auth: AuthContext, @IdParam('id') invitationId: string): Promise<void> {
    return this.invitationsService.withdraw(auth, invitationId);
  }
}
