import type { MeResponse } from '@koers/shared/api';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { Mailer } from '../mail/mailer';
import { NotAuthenticatedError } from '../errors/koers-error';
import { PeopleRepository } from '../people/people.repository';
import type { AuthContext } from './auth-context';
import { InvalidCredentialsError, InvalidResetTokenError, LoginRateLimitedError } from './auth.errors';
import { AuthRepository, type ResolvedLoginSession } from './auth.repository';
import { passwordResetMail } from './password-reset.mail';
import { setPasswordLink } from './set-password-link';
import { hashPassword, verifyPassword } from './password-hasher';
import { newSecretToken, sha256 } from '../app/tokens';

const MAX_FAILURES = 10;
const FAILURE_WINDOW_MINUTES = 15;
const RESET_TOKEN_VALID_MINUTES = 60;

export interface LoginResult {
  me: MeResponse;
  sessionToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly auth: AuthRepository,
    private readonly people: PeopleRepository,
    private readonly mailer: Mailer,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  async login(email: string, password: string, ip: string): Promise<LoginResult> {
    const failures = await this.auth.recentFailures(email, ip, FAILURE_WINDOW_MINUTES);
    if (failures.byEmail >= MAX_FAILURES || failures.byIp >= MAX_FAILURES) throw new LoginRateLimitedError();

    const candidate = await this.auth.findLoginCandidate(email);
    if (!candidate || !(await verifyPassword(candidate.passwordHash, password))) {
      await this.auth.recordFailure(email, ip);
      throw new InvalidCredentialsError();
    }

    const sessionToken = newSecretToken();
    await this.auth.openSession(candidate.id, email, sha256(sessionToken), newSecretToken(), this.config.sessionIdleMinutes);
    const me = await this.people.describeMe(candidate.id);
    if (!me) throw new NotAuthenticatedError();
    return { sessionToken, me };
  }

  resolveSession(sessionToken: string): Promise<ResolvedLoginSession | null> {
    return this.auth.resolveSession(sha256(sessionToken), this.config.sessionIdleMinutes);
  }

  logout(auth: AuthContext): Promise<void> {
    return this.auth.closeSession(auth.loginSessionId);
  }

  /** Always succeeds from the outside, so the endpoint does not reveal which addresses have an account. */
  async requestPasswordReset(email: string, locale: 'nl' | 'en'): Promise<void> {
    const candidate = await this.auth.findLoginCandidate(email);
    if (!candidate) return;
    const token = newSecretToken();
    await this.auth.createResetToken(candidate.id, sha256(token), RESET_TOKEN_VALID_MINUTES);
    // Sent at once, not queued: the person is waiting for it.
    await this.mailer.send(passwordResetMail(email, this.resetLink(token), locale, RESET_TOKEN_VALID_MINUTES));
  }

  /**
   * One-time links to choose a password for people who were just given an account, valid for `validDays`. The tokens
   * are stored in `manager`'s transaction, so the links work only if the caller's change commits. Sending them is the
   * caller's business (invitations/ queues the mail).
   */
  async passwordLinks(personIds: readonly string[], validDays: number, manager: EntityManager): Promise<{ personId: string; link: string }[]> {
    const tokens = personIds.map((personId) => ({ personId, token: newSecretToken() }));
    await this.auth.createResetTokens(
      tokens.map(({ personId, token }) => ({ personId, tokenHash: sha256(token) })),
      validDays * 24 * 60,
      manager,
    );
    return tokens.map(({ personId, token }) => ({ personId, link: this.resetLink(token) }));
  }

  private resetLink(token: string): string {
    return setPasswordLink(this.config.publicUrl, token);
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const consumed = await this.auth.consumeResetToken(sha256(token), await hashPassword(password));
    if (!consumed) throw new InvalidResetTokenError();
  }
}
