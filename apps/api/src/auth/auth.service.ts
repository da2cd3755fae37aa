import { randomUUID } from 'node:crypto';
import type { MeResponse } from '@koers/shared/api';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { Mailer } from '../mail/mailer';
import { MeService } from '../me/me.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { AuthContext } from './auth-context';
import { InvalidCredentialsError, InvalidResetTokenError, LoginRateLimitedError } from './auth.errors';
import { AuthRepository, type ResolvedLoginSession } from './auth.repository';
import { passwordResetMail } from './password-reset.mail';
import { hashPassword, verifyPassword } from './password-hasher';
import { newSecretToken, sha256 } from '../app/tokens';

const MAX_FAILURES = 10;
const FAILURE_WINDOW_MINUTES = 15;
const RESET_TOKEN_VALID_MINUTES = 60;
const INVITATION_VALID_DAYS = 14;

export interface LoginResult {
  me: MeResponse;
  sessionToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly auth: AuthRepository,
    private readonly me: MeService,
    private readonly mailer: Mailer,
    private readonly notifications: NotificationsService,
    @InjectDataSource() private readonly db: DataSource,
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
    return { sessionToken, me: await this.me.describe(candidate.id) };
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
   * Invites people who were just given an account (enrolment, internal team, delegate) to choose a password.
   * `reason` is one sentence per language saying why they get it ("Je bent ingeschreven voor HIS-I 3.0."); each mail
   * is written in the person's own language. The mails are queued, in `manager`'s transaction when given (so they
   * go out only if the enrolment commits), and sent by the notification worker within seconds.
   */
  async invite(people: { id: string; name: string; email: string }[], reason: { nl: string; en: string }, manager?: EntityManager): Promise<void> {
    if (people.length === 0) return;
    if (!manager) return this.db.transaction((own) => this.invite(people, reason, own));
    const invitations = people.map((person) => ({ personId: person.id, token: newSecretToken() }));
    await this.auth.createResetTokens(
      invitations.map(({ personId, token }) => ({ personId, tokenHash: sha256(token) })),
      INVITATION_VALID_DAYS * 24 * 60,
      manager,
    );
    await this.notifications.notify(
      manager,
      invitations.map(({ personId, token }) => ({
        personId,
        kind: 'invitation' as const,
        // Every invitation is its own event: a second enrolment later brings a new link.
        eventKey: `invitation:${randomUUID()}`,
        payload: { link: this.resetLink(token), reason, validDays: INVITATION_VALID_DAYS },
      })),
    );
  }

  private resetLink(token: string): string {
    return `${this.config.publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const consumed = await this.auth.consumeResetToken(sha256(token), await hashPassword(password));
    if (!consumed) throw new InvalidResetTokenError();
  }
}
