import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { Turnstile } from './turnstile';

// The package declares Algorithm as a const enum, which isolated modules cannot read; 2 is its Argon2id.
const ARGON2ID = 2;

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/**
 * At most as many hashes at once as the machine has cores, less one, and never all of libuv's threads (four unless
 * UV_THREADPOOL_SIZE says otherwise), which files and DNS lookups share: each hash takes a core for tens of
 * milliseconds, and a burst of logins would otherwise starve every other request. Logins beyond wait their turn.
 */
const hashing = new Turnstile(Math.max(1, Math.min(availableParallelism(), Number(process.env.UV_THREADPOOL_SIZE) || 4) - 1));

export const hashPassword = (password: string) => hashing.run(() => hash(password, OPTIONS));

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash still spend the time of one verification, so response times do not reveal which emails exist.
  const target = passwordHash ?? (await unknownUserHash);
  const matches = await hashing.run(() => verify(target, password)).catch(() => false);
  return passwordHash !== null && matches;
}

const unknownUserHash = hash('no-such-user-password', OPTIONS);
