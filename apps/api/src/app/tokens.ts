import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random secret for a cookie or feed URL; only its SHA-256 is stored. */
export const newSecretToken = () => randomBytes(32).toString('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The token in a password link (invitation or reset), derived from the server secret and a random reference. The mail
 * queue stores only the reference and the token table only the token's SHA-256, so neither the queue, the admin's mail
 * page nor a database dump holds a working link; the worker derives it again when it writes the mail.
 */
export const passwordLinkToken = (secret: string, linkRef: string) => createHmac('sha256', secret).update(`koers-password-link:${linkRef}`).digest('base64url');

/** The web app's page that takes a password link (paths.passwordReset). */
const PASSWORD_LINK_PATH = '/wachtwoord-herstellen';

export const passwordLinkUrl = (publicUrl: string, secret: string, linkRef: string) =>
  `${publicUrl}${PASSWORD_LINK_PATH}?token=${encodeURIComponent(passwordLinkToken(secret, linkRef))}`;
