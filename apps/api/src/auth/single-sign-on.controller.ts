import type { AuthProvider } from '@koers/shared/api';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { Public } from './auth-context';
import { SingleSignOnStartQueryDto } from './dto/single-sign-on.dto';
import { OIDC_FLOW_COOKIE, oidcFlowCookieOptions } from './oidc-flow-cookie';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { SingleSignOnService } from './single-sign-on.service';

/** Login through an OpenID Connect provider: the browser is sent there and back, so these routes answer with redirects. */
@ApiTags('auth')
@Controller('auth')
export class SingleSignOnController {
  constructor(
    private readonly singleSignOn: SingleSignOnService,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  /** The providers the login page offers a button for. */
  @Public()
  @Get('providers')
  providers(): AuthProvider[] {
    return this.singleSignOn.list();
  }

  /** 302 to the provider; `?next=` is where in the web app to land afterwards. */
  @Public()
  @Get('oidc/:name/login')
  @ApiFoundResponse({ description: 'To the provider’s login page.' })
  async login(@Param('name') name: string, @Query() query: SingleSignOnStartQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const started = await this.singleSignOn.startLogin(name, query.next);
    if (started.flowCookie) reply.setCookie(OIDC_FLOW_COOKIE, started.flowCookie, oidcFlowCookieOptions(this.config));
    await reply.redirect(started.redirectTo, 302);
  }

  /** The provider sends the browser back here: 302 into the web app, logged in, or to the login page with the reason. */
  @Public()
  @Get('oidc/:name/callback')
  @ApiFoundResponse({ description: 'Into the app when logged in, else to the login page with `sso_error`.' })
  async callback(@Param('name') name: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.url.slice(request.url.indexOf('?') + 1 || request.url.length);
    const finished = await this.singleSignOn.finishLogin(name, query, request.cookies[OIDC_FLOW_COOKIE], request.auth ?? null);
    // One attempt, one callback: the flow is used up whatever the outcome.
    reply.clearCookie(OIDC_FLOW_COOKIE, oidcFlowCookieOptions(this.config));
    if (finished.sessionToken) reply.setCookie(SESSION_COOKIE, finished.sessionToken, sessionCookieOptions(this.config));
    await reply.redirect(finished.redirectTo, 302);
  }
}
