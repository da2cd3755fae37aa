import { createHash } from 'node:crypto';

/** A limit: at most `limit` counted requests per subject within a window of `windowMinutes`. */
export interface RateLimitRule {
  name: string;
  limit: number;
  windowMinutes: number;
}

/** Every limit Koers applies, in one table (the README's security section lists them with these defaults). */
export const RATE_LIMITS = {
  /** Login attempts for one account from one address; the counter is cleared by a successful login. */
  loginAccountAddress: { name: 'login-account-address', limit: 10, windowMinutes: 15 },
  /** Login attempts for one account from anywhere: higher, so one address alone cannot lock the owner out. */
  loginAccount: { name: 'login-account', limit: 30, windowMinutes: 15 },
  /** Failed logins from one address: much higher, since a venue's whole group shares one address. */
  loginAddress: { name: 'login-address', limit: 100, windowMinutes: 15 },
  /** Check-in codes sent by one person for one session (or without a session), right or wrong. */
  checkIn: { name: 'check-in', limit: 5, windowMinutes: 10 },
  /** Password-reset requests from one address, and for one email address. */
  resetAddress: { name: 'reset-address', limit: 20, windowMinutes: 60 },
  resetTarget: { name: 'reset-target', limit: 3, windowMinutes: 60 },
  /**
   * Password links (a reset's, an invitation's) tried from one address that are unknown, expired or used: someone who
   * opens an old mail tries one or two, a script guessing links stops here.
   */
  passwordLinkAddress: { name: 'password-link-address', limit: 30, windowMinutes: 15 },
  /** Invitations of colleagues and delegates sent from one address, and to one email address. */
  invitationAddress: { name: 'invitation-address', limit: 30, windowMinutes: 60 },
  invitationTarget: { name: 'invitation-target', limit: 3, windowMinutes: 60 },
  /** Applications sent from one address, and for one email address (whatever happens to them: see applications/). */
  applicationAddress: { name: 'application-address', limit: 20, windowMinutes: 60 },
  applicationTarget: { name: 'application-target', limit: 3, windowMinutes: 60 },
  /**
   * Posts one person writes (discussion threads and replies, comments on challenge logs, entries in their own log,
   * actions from their measurements): far more than anyone types,
   * but a script's flood stops there, and with it the mention and comment mails it would send.
   */
  posts: { name: 'posts', limit: 30, windowMinutes: 10 },
  /** Certificate verifications (`/verify/:code`) from one address. */
  verifyAddress: { name: 'verify-address', limit: 60, windowMinutes: 10 },
} as const satisfies Record<string, RateLimitRule>;

/** What one request counts against: a rule and the subject it counts for (an email, an address, a person and a session). */
export interface RateLimitCheck {
  rule: RateLimitRule;
  subject: readonly string[];
}

/**
 * The counter's key: the rule's name and a hash of each part of the subject, so the table holds no email or address
 * and a prefix (the rule and the first part) finds every counter of one account.
 */
export const counterKey = (rule: RateLimitRule, subject: readonly string[]) =>
  [rule.name, ...subject.map((part) => createHash('sha256').update(part).digest('hex').slice(0, 32))].join(':');
