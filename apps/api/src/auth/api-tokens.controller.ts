import type { ApiTokenSummary, CreatedApiToken } from '@koers/shared/api-tokens';
import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from './auth-context';
import { ApiTokensService } from './api-tokens.service';
import { CreateApiTokenDto } from './dto/api-token.dto';

/** Personal API tokens: one's own under `me/`, anyone's for the programme office under `admin/people/:id/`. */
@ApiTags('api-tokens')
@Controller()
export class ApiTokensController {
  constructor(private readonly apiTokens: ApiTokensService) {}

  /** The token is in this answer only; Koers keeps its hash. Only with a login session, not with another token. */
  @Post('me/tokens')
  create(@Auth() auth: AuthContext, @Body() dto: CreateApiTokenDto): Promise<CreatedApiToken> {
    return this.apiTokens.create(auth, dto);
  }

  @Get('me/tokens')
  listMine(@Auth() auth: AuthContext): Promise<ApiTokenSummary[]> {
    return this.apiTokens.listMine(auth);
  }

  @Delete('me/tokens/:id')
  @HttpCode(204)
  revokeMine(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<void> {
    return this.apiTokens.revokeMine(auth, id);
  }

  @Get('admin/people/:id/tokens')
  listOf(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<ApiTokenSummary[]> {
    return this.apiTokens.listOf(auth, id);
  }

  @Delete('admin/people/:id/tokens/:tokenId')
  @HttpCode(204)
  revokeOf(@Auth() auth: AuthContext, @IdParam('id') id: string, @IdParam('tokenId') tokenId: string): Promise<void> {
    return this.apiTokens.revokeOf(auth, id, tokenId);
  }
}
