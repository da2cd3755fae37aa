import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a code read off paper is typed back without guessing. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A new code like `K7QM-2XHD-9RTA`: 31^12 possibilities, so guessing one is hopeless. */
export function newVerificationCode(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}

/** The code as typed (any case, with or without dashes or spaces) in its stored form, or null when it cannot be one. */
export function normaliseVerificationCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== GROUPS * GROUP_LENGTH || [...plain].some((c) => !ALPHABET.includes(c))) return null;
  return plain.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}
