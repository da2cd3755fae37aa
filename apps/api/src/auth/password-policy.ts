import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * zxcvbn's estimate with the common-password and keyboard lists; only the score is used, never shown. Its ranked
 * lists (about 4 MB) are built when the first password is chosen, not in every instance at start.
 */
let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () => (estimator ??= new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary }));

/** zxcvbn scores 0–4; below 3 a password falls within 10^10 guesses (a listed password, a sequence, a repetition). */
const MIN_SCORE = 3;

/** Whether a password is among the common ones, or a simple variation, sequence or repetition of them. */
export const isGuessablePassword = (password: string) => zxcvbn().check(password).score < MIN_SCORE;

/** Validates a new password against the common-password list; the length is checked by `@MinLength` beside it. */
export const IsHardToGuess = (options?: ValidationOptions) =>
  ValidateBy({ name: 'hardToGuess', validator: { validate: (value) => typeof value === 'string' && !isGuessablePassword(value) } }, options);
