import { VERIFICATION_CODE_ALPHABET, VERIFICATION_CODE_GROUP_LENGTH, VERIFICATION_CODE_GROUPS } from '@koers/shared/completion';
import { randomInt } from 'node:crypto';

/** A new code like `K7QM-2XHD-9RTA`: 31^12 possibilities, so guessing one is hopeless. */
export function newVerificationCode(): string {
  return Array.from({ length: VERIFICATION_CODE_GROUPS }, () =>
    Array.from({ length: VERIFICATION_CODE_GROUP_LENGTH }, () => VERIFICATION_CODE_ALPHABET[randomInt(VERIFICATION_CODE_ALPHABET.length)]).join(''),
  ).join('-');
}
