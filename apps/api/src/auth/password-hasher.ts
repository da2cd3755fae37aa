import { hash, verify } from '@node-rs/argon2';

// The package declares Algorithm as a const enum, which isolated modules cannot read; 2 is its Argon2id.
const ARGON2ID = 2;

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash still spend the time of one verification, so response times do not reveal which emails exist.
  const target = passwordHash ?? (await unknownUserHash);
  const matches = await verify(target, password).catch(() => false);
  return passwordHash !== null && matches;
}

const unknownUserHash = hash('no-such-user-password', OPTIONS);
