import { randomUUID } from 'node:crypto';
import type { MeResponse } from '@koers/shared/api';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { NotAuthenticatedError } from '../errors/koers-error';
import { MailQueueRepository, PASSWORD_LINK_KINDS } from '../mail/mail-queue.repository';
import { PeopleRepository } from '../people/people.repository';
import { RateLimiter } from '../rate-limits/rate-limiter';
import { RATE_LIMITS, type RateLimitCheck } from '../rate-limits/rate-limits';
import { type AuthContext, requireLoginSession } from './auth-context';
import {
  InvalidCredentialsError,
  InvalidInvitationLinkError,
  InvalidResetTokenError,
  LoginRateLimitedError,
  PasswordChangeRateLimitedError,
  PasswordLinkRateLimitedError,
  PasswordLoginDisabledError,
  WrongCurrentPasswordError,
} from './auth.errors';
import { AuthRepository, type LoginMethod, type ResolvedLoginSession, type SessionLifetime } from './auth.repository';
import { hashPassword, verifyPassword } from './password-hasher';
import { assertNotOwnersWords } from './password-policy';
import { newSecretToken, passwordLinkToken, sha256 } from '../app/tokens';
import { emailDomain } from '../app/text';

const RESET_LINK_VALID_MINUTES = 60;

export interface LoginResult {
  me: MeResponse;
  sessionToken: string;
}

/** The login limits one attempt counts against: the account, the account from this address, and the address. */
const loginChecks = (email: string, address: string): RateLimitCheck[] => [
  { rule: RATE_LIMITS.loginAccount, subject: [email] },
  { rule: RATE_LIMITS.loginAccountAddress, subject: [email, address] },
  addressCheck(address),
];

const addressCheck = (address: string): RateLimitCheck => ({ rule: RATE_LIMITS.loginAddress, subject: [address] });

/** The account's counters, from every address (cleared by a successful login or a new password). */
const accountCounters = (email: string): RateLimitCheck[] => [
  { rule: RATE_LIMITS.loginAccount, subject: [email] },
  { rule: RATE_LIMITS.loginAccountAddress, subject: [email] },
];

@Injectable()
export class AuthService implements OnModuleDestroy {
  private readonly logger = new Logger('Auth');
  /** Reset requests answered but not yet looked up and queued. */
  private readonly pendingResets = new Set<Promise<void>>();
  private readonly lifetime: SessionLifetime;
  private readonly secret: string;
  private readonly passwordLoginDisabledDomains: ReadonlySet<string>;

  constructor(
    private readonly auth: AuthRepository,
    private readonly people: PeopleRepository,
    private readonly mailQueue: MailQueueRepository,
    private readonly limiter: RateLimiter,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(KOERS_CONFIG) config: KoersConfig,
  ) {
    this.lifetime = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
    this.secret = serverSecret(config);
    this.passwordLoginDisabledDomains = new Set(config.passwordLoginDisabledDomains);
  }

  /**
   * Every attempt is counted before the password is checked (so parallel guesses cannot outrun the limit), and a
   * password is always checked, against a dummy hash for an unknown account, so both take the same time. A
   * successful login takes back its count from the address and clears the account's counters. Addresses of a domain
   * that logs in through single sign-on only are refused before anything is counted: the rule is public and names
   * no account.
   */
  async login(email: string, password: string, address: string, replacing: AuthContext | null): Promise<LoginResult> {
    if (this.passwordLoginDisabledDomains.has(emailDomain(email))) throw new PasswordLoginDisabledError();
    await this.limiter.consume(loginChecks(email, address), LoginRateLimitedError);
    const candidate = await this.auth.findLoginCandidate({ email });
    const matches = await verifyPassword(candidate?.passwordHash ?? null, password);
    if (!candidate || !matches) throw new InvalidCredentialsError();

    await Promise.all([this.limiter.refund([addressCheck(address)]), this.limiter.clear(accountCounters(email))]);
    return this.startSession(candidate.id, 'password', replacing);
  }

  resolveSession(sessionToken: string): Promise<ResolvedLoginSession | null> {
    return this.auth.resolveSession(sha256(sessionToken), this.lifetime);
  }

  /** Ends the login session (an API token has none to end: it is revoked instead); answers how it was opened (null when it had already ended). */
  logout(auth: AuthContext): Promise<LoginMethod | null> {
    return this.auth.closeSession(requireLoginSession(auth).loginSessionId);
  }

  /**
   * Ends every login session of the person, this one included: a device left logged in somewhere (a shared computer,
   * a lost phone) is logged out. API tokens and the calendar feed keep working; they are revoked on their own pages.
   */
  async logoutEverywhere(auth: AuthContext): Promise<LoginMethod | null> {
    const method = await this.logout(auth);
    await this.auth.closeEverySession(auth.personId);
    return method;
  }

  /**
   * Answers at once, the same for every address (the route's limits are counted before): whether the account exists
   * is looked up after the answer, so neither the answer nor its timing tells. The mail is queued, never sent here.
   */
  requestPasswordReset(email: string): void {
    const work: Promise<void> = this.queuePasswordReset(email)
      .catch((error: unknown) => this.logger.error({ msg: 'Queuing a password reset failed', error: String(error) }))
      .finally(() => this.pendingResets.delete(work));
    this.pendingResets.add(work);
  }

  /** Waits until every reset request answered so far is queued (tests use it to see the outcome). */
  async resetsQueued(): Promise<void> {
    await Promise.all([...this.pendingResets]);
  }

  /** An instance that stops finishes queuing the resets it already answered, while the database is still there. */
  onModuleDestroy(): Promise<void> {
    return this.resetsQueued();
  }

  private async queuePasswordReset(email: string): Promise<void> {
    const candidate = await this.auth.findLoginCandidate({ email });
    if (!candidate) return;
    await this.db.transaction(async (manager) => {
      const [link] = await this.passwordLinks([candidate.id], RESET_LINK_VALID_MINUTES, manager);
      await this.mailQueue.enqueue(manager, [
        { personId: candidate.id, kind: 'password_reset', eventKey: `password_reset:${randomUUID()}`, payload: { linkRef: link.linkRef, validMinutes: RESET_LINK_VALID_MINUTES } },
      ]);
    });
  }

  /**
   * One-time links to choose a password, one per person, valid for `validMinutes`: the token table keeps the token's
   * hash, the caller's mail only the reference (the link is derived from it when the mail is written). Stored in
   * `manager`'s transaction, so the links work only if the caller's change commits.
   */
  async passwordLinks(personIds: readonly string[], validMinutes: number, manager: EntityManager): Promise<{ personId: string; linkRef: string }[]> {
    const links = personIds.map((personId) => ({ personId, linkRef: randomUUID() }));
    await this.auth.createResetTokens(
      links.map(({ personId, linkRef }) => ({ personId, tokenHash: sha256(passwordLinkToken(this.secret, linkRef)) })),
      validMinutes,
      manager,
    );
    return links;
  }

  /**
   * Ends these people's password links not used yet, and takes back their mails with such a link not sent yet: an
   * address corrected because the mail went to a wrong one must not let whoever has that mailbox in. Two statements
   * for any number of people.
   */
  async voidPasswordLinks(personIds: readonly string[], manager: EntityManager): Promise<void> {
    await this.auth.voidResetTokens(personIds, manager);
    await this.mailQueue.withdrawPending(manager, personIds, PASSWORD_LINK_KINDS);
  }

  /** A password link that was used or has expired is refused as choosing a password with it would be. */
  async checkPasswordLink(token: string, first: boolean, address: string): Promise<void> {
    await this.limitLinkGuessing(token, address, first ? InvalidInvitationLinkError : InvalidResetTokenError);
  }

  /** A password link (reset or invitation) sets the password once; every other link and every session then ends. */
  async confirmPasswordReset(token: string, password: string, address: string): Promise<void> {
    await this.limitLinkGuessing(token, address, InvalidResetTokenError);
    await this.setPasswordThroughLink(token, password, InvalidResetTokenError);
  }

  /**
   * The link in an invitation (someone who never had a password): the same one-time link, and then the person is
   * logged in, so choosing a password is the last step before using Koers.
   */
  async chooseFirstPassword(token: string, password: string, replacing: AuthContext | null, address: string): Promise<LoginResult> {
    await this.limitLinkGuessing(token, address, InvalidInvitationLinkError);
    return this.startSession(await this.setPasswordThroughLink(token, password, InvalidInvitationLinkError), 'password', replacing);
  }

  /**
   * Links that do not work count against the address they are tried from (`RATE_LIMITS.passwordLinkAddress`), and
   * are refused with `Unusable` before any password is hashed for them. Over the limit every link from there waits, a
   * working one too, so the answer tells a script guessing links nothing. A working link counts nothing: a room of
   * people choosing their first password at the same moment is never refused (counted and given back after, 40 at
   * once had 9 refused).
   */
  private async limitLinkGuessing(token: string, address: string, Unusable: new () => Error): Promise<void> {
    const checks = [{ rule: RATE_LIMITS.passwordLinkAddress, subject: [address] }];
    if (await this.auth.resetTokenUsable(sha256(token))) return this.limiter.assertNotReached(checks, PasswordLinkRateLimitedError);
    await this.limiter.consume(checks, PasswordLinkRateLimitedError);
    throw new Unusable();
  }

  private async setPasswordThroughLink(token: string, password: string, Unusable: new () => Error): Promise<string> {
    const passwordHash = await hashPassword(password);
    const personId = await this.db.transaction(async (manager) => {
      const owner = await this.auth.consumeResetToken(sha256(token), manager);
      if (!owner) return null;
      // Refused, the link stays usable: the transaction that used it up rolls back.
      assertNotOwnersWords(password, await this.auth.passwordOwner(owner, manager), 'password');
      await this.setPassword(owner, passwordHash, null, manager);
      return owner;
    });
    if (!personId) throw new Unusable();
    await this.forgetLoginFailures(personId);
    return personId;
  }

  /**
   * Logs the person in: a new session, recorded with how they logged in. The session the browser still had (`replacing`,
   * as the same person or another) ends: its cookie is replaced, so nobody could end it any more.
   */
  async startSession(personId: string, method: LoginMethod, replacing: AuthContext | null): Promise<LoginResult> {
    if (replacing?.credential.kind === 'session') await this.auth.closeSession(replacing.credential.loginSessionId);
    const sessionToken = newSecretToken();
    await this.auth.openSession(personId, sha256(sessionToken), newSecretToken(), method, this.lifetime);
    const me = await this.people.describeMe(personId);
    if (!me) throw new NotAuthenticatedError();
    return { sessionToken, me };
  }

  /**
   * A logged-in person changes their password, confirming it with the current one (counted as a login attempt, so a
   * session left open cannot be used to guess it). This session stays; every other one and every link ends. Never
   * with an API token: a leaked token must not take the account over.
   */
  async changePassword(auth: AuthContext, currentPassword: string, newPassword: string, address: string): Promise<void> {
    const { loginSessionId } = requireLoginSession(auth);
    const person = await this.auth.findLoginCandidate({ personId: auth.personId });
    if (!person) throw new WrongCurrentPasswordError();
    // Before the count of guesses at the current password: a new one refused for the owner's own words guesses nothing.
    assertNotOwnersWords(newPassword, await this.auth.passwordOwner(auth.personId), 'newPassword');
    await this.limiter.consume(loginChecks(person.email, address), PasswordChangeRateLimitedError);
    if (!(await verifyPassword(person.passwordHash, currentPassword))) throw new WrongCurrentPasswordError();
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction((manager) => this.setPassword(auth.personId, passwordHash, loginSessionId, manager));
    await Promise.all([this.limiter.refund([addressCheck(address)]), this.limiter.clear(accountCounters(person.email))]);
  }

  /** Someone who had a password hears that it changed; a first password changes nothing they knew of. */
  private async setPassword(personId: string, passwordHash: string, keepSessionId: string | null, manager: EntityManager): Promise<void> {
    const { hadPassword } = await this.auth.setPassword(personId, passwordHash, keepSessionId, manager);
    if (!hadPassword) return;
    await this.mailQueue.enqueue(manager, [{ personId, kind: 'password_changed', eventKey: `password_changed:${randomUUID()}`, payload: {} }]);
  }

  /** With a new password, earlier failed logins no longer say anything about this account. */
  private async forgetLoginFailures(personId: string): Promise<void> {
    const person = await this.auth.findLoginCandidate({ personId });
    if (person) await this.limiter.clear(accountCounters(person.email));
  }
}
