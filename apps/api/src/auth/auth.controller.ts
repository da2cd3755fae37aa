import type { CsrfResponse, LogoutResponse, MeResponse } from '@koers/shared/api';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { Auth, type AuthContext, Public } from './auth-context';
import { AuthService } from './auth.service';
import { LoginDto, PasswordChangeDto, PasswordLinkCheckDto, PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/login.dto';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { SingleSignOnService } from './single-sign-on.service';
import { newSecretToken } from '../app/tokens';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly singleSignOn: SingleSignOnService,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponse> {
    const { me, sessionToken } = await this.authService.login(dto.email, dto.password, request.ip, request.auth ?? null);
    reply.setCookie(SESSION_COOKIE, sessionToken, sessionCookieOptions(this.config));
    return me;
  }

  /** Ends the Koers session; after single sign-on the answer offers the provider's logout as well. */
  @Post('logout')
  @HttpCode(200)
  async logout(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LogoutResponse> {
    const loggedOut = await this.singleSignOn.logout(auth);
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
    return loggedOut;
  }

  /** Ends every login session of the person, on every device, this one too; API tokens and the calendar feed stay. */
  @Post('logout-everywhere')
  @HttpCode(200)
  async logoutEverywhere(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LogoutResponse> {
    const loggedOut = await this.singleSignOn.logoutEverywhere(auth);
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
    return loggedOut;
  }

  /**
   * The token to send back in the `x-csrf-token` header on writes; logged out (or with an API token, which needs
   * none) there is nothing to protect, so any token will do.
   */
  @Public()
  @Get('csrf')
  csrf(@Req() request: FastifyRequest): CsrfResponse {
    const credential = request.auth?.credential;
    return { csrfToken: credential?.kind === 'session' ? credential.csrfToken : newSecretToken() };
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @RateLimit([
    { rule: RATE_LIMITS.resetAddress, subject: ['address'] },
    { rule: RATE_LIMITS.resetTarget, subject: ['body:email'] },
  ])
  requestPasswordReset(@Body() dto: PasswordResetRequestDto): void {
    this.authService.requestPasswordReset(dto.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  async confirmPasswordReset(@Body() dto: PasswordResetConfirmDto, @Req() request: FastifyRequest): Promise<void> {
    await this.authService.confirmPasswordReset(dto.token, dto.password, request.ip);
  }

  /** Whether a password link still works, asked as its page opens: 204, or the refusal choosing a password would get. */
  @Public()
  @Post('password-link/check')
  @HttpCode(204)
  async checkPasswordLink(@Body() dto: PasswordLinkCheckDto, @Req() request: FastifyRequest): Promise<void> {
    await this.authService.checkPasswordLink(dto.token, dto.first, request.ip);
  }

  /** The invitation link: sets the first password like a reset link, then logs the person in (as `login` answers). */
  @Public()
  @Post('first-password')
  @HttpCode(200)
  async chooseFirstPassword(
    @Body() dto: PasswordResetConfirmDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const { me, sessionToken } = await this.authService.chooseFirstPassword(dto.token, dto.password, request.auth ?? null, request.ip);
    reply.setCookie(SESSION_COOKIE, sessionToken, sessionCookieOptions(this.config));
    return me;
  }

  /** Changes the password of the logged-in person; this session stays, every other one ends. */
  @Post('password')
  @HttpCode(204)
  async changePassword(@Auth() auth: AuthContext, @Body() dto: PasswordChangeDto, @Req() request: FastifyRequest): Promise<void> {
    await this.authService.changePassword(auth, dto.currentPassword, dto.newPassword, request.ip);
  }
}
