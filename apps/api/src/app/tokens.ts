import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, link or feed URL; only its SHA-256 is stored. */
export const newSecretToken = () => randomBytes(32).toString('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
