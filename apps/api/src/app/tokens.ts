import { DEFAULT_LOCALE, type Locale } from '@koers/shared/domain';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie or feed URL; only its SHA-256 is stored. */
export const newSecretToken = () => randomBytes(32).toString('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The token in a password link (invitation or reset), derived from the server secret and a random reference. The mail
 * queue stores only the reference and the token table only the token's SHA-256, so neither the queue, the admin's mail
 * page nor a database dump holds a working link; the worker derives it again when it writes the mail.
 */
export const passwordLinkToken = (secret: string, linkRef: string) => createHmac('sha256', secret).update(`koers-password-link:${linkRef}`).digest('base64url');

/** A link for someone who never had a password (an invitation, a new administrator), or one to replace a forgotten one. */
export type PasswordLinkPurpose = 'first' | 'reset';

/** The web app's pages that take a password link (paths.choosePassword, paths.passwordReset): the same token, other words. */
const PASSWORD_LINK_PATHS: Record<PasswordLinkPurpose, string> = { first: '/wachtwoord-kiezen', reset: '/wachtwoord-herstellen' };

/** In the mail's language: the page opens in it (`lang`), whatever language the browser chose before, if any. */
export const passwordLinkUrl = (publicUrl: string, secret: string, linkRef: string, purpose: PasswordLinkPurpose, locale: Locale = DEFAULT_LOCALE) =>
  `${publicUrl}${PASSWORD_LINK_PATHS[purpose]}?token=${encodeURIComponent(passwordLinkToken(secret, linkRef))}${locale === DEFAULT_LOCALE ? '' : `&lang=${locale}`}`;

/**
 * The token in an application's link (the applicant's confirmation, the director's answer), derived from a random
 * reference as a password link's is: the queue holds the reference until the mail is sent, the application only the
 * token's SHA-256.
 */
export const applicationLinkToken = (secret: string, linkRef: string) => createHmac('sha256', secret).update(`koers-application-link:${linkRef}`).digest('base64url');

/**
 * A token `<id>.<signature>` for a link that acts on one row without logging in: derived from the server secret
 * whenever a mail is written, so every mail can carry it and nothing is stored. Each purpose signs apart, so a token
 * for one link opens no other.
 */
function signedIdTokens(purpose: string) {
  const signature = (secret: string, id: string) => createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url');
  return {
    token: (secret: string, id: string) => `${id}.${signature(secret, id)}`,
    /** The id a token names, or null when this server did not sign it for this purpose. */
    idFrom(secret: string, token: string): string | null {
      const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!match) return null;
      return timingSafeEqual(Buffer.from(signature(secret, match[1])), Buffer.from(match[2])) ? match[1] : null;
    },
  };
}

const withdrawTokens = signedIdTokens('koers-application-withdraw');

/** The token in the link an applicant withdraws with, in every mail about the application. */
export const applicationWithdrawToken = withdrawTokens.token;

/** The application a withdraw token names, or null when this server did not sign it. */
export const applicationIdFromWithdrawToken = withdrawTokens.idFrom;

const remindersOffTokens = signedIdTokens('koers-reminders-off');

/** The token in the link that switches a person's reminders off, in every reminder they get. */
export const remindersOffToken = remindersOffTokens.token;

/** The person a reminders-off token names, or null when this server did not sign it. */
export const personIdFromRemindersOffToken = remindersOffTokens.idFrom;
