import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { ValidationFailedError } from '../errors/koers-error';

/**
 * What Dutch speakers choose where English speakers write "password", "welcome" or "summer" (zxcvbn's lists are
 * English), and the words of this service: most guessable first, since zxcvbn counts a word's guesses by its rank.
 */
const DUTCH_PASSWORD_WORDS = [
  'wachtwoord', 'welkom', 'geheim', 'koers', 'zomer', 'winter', 'lente', 'herfst', 'voorjaar', 'najaar', 'hallo', 'liefde', 'schatje',
  'voetbal', 'ajax', 'feyenoord', 'nederland', 'holland', 'amsterdam', 'rotterdam', 'utrecht', 'zorg', 'zorgschool', 'verpleging',
  'wijkteam', 'inloggen', 'beheerder', 'programmabureau', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
  'september', 'oktober', 'november', 'december', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'ochtend', 'middag', 'avond', 'goedemorgen', 'gezelligheid', 'gezellig', 'sinterklaas', 'kerst', 'kerstmis', 'kerstboom', 'oliebollen',
  'stroopwafel', 'hagelslag', 'oranje', 'fiets', 'ziekenhuis', 'verpleegkundige', 'zorginstelling', 'huisarts', 'thuiszorg',
]; // prettier-ignore

/**
 * zxcvbn's estimate with the common-password and keyboard lists and the Dutch words above; only the number of guesses
 * is used, never shown. Its ranked lists (about 4 MB) are built when the first password is chosen, not in every
 * instance at start.
 */
let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () => (estimator ??= new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary: { ...dictionary, dutchPasswords: DUTCH_PASSWORD_WORDS } }));

/**
 * A password must take at least 10^9 guesses: below that lie a listed word with a year and a mark ("Welkom2027!!"), a
 * name with digits, a sequence or a repetition (zxcvbn's own "safe" score starts at 10^8).
 */
const MIN_GUESSES_LOG10 = 9;

/**
 * What of a password is estimated: its start. zxcvbn's cost grows with the length (140 ms for 1,024 characters, on the
 * event loop), and 128 characters that are hard to guess make a password that is.
 */
const ESTIMATED_LENGTH = 128;

/**
 * The service's own name, which everyone guesses first on its login page (as NIST SP 800-63B names it): counted as one
 * of every owner's words, so `Koers2027Koers!` is judged by what is left without it.
 */
const SERVICE_WORDS = ['koers'];

/**
 * Whether a password is a common one, or a simple variation, sequence or repetition, or built on these words of its
 * owner: also when what is left without them is (zxcvbn takes `RoosdeVries2027!` and `tinateam2027` apart into
 * pieces it counts separately, and found them hard to guess). That second look only when the password holds one of
 * the owner's words of four letters or more: squeezed together, a passphrase of unrelated words reads weaker than it
 * is, and a three-letter name (Tim, Ina) turns up inside many words.
 */
export function isGuessablePassword(password: string, ownersWords: readonly string[] = []): boolean {
  const estimated = password.slice(0, ESTIMATED_LENGTH);
  const words = [...SERVICE_WORDS, ...ownersWords];
  const guessable = (candidate: string) => zxcvbn().check(candidate, words).guessesLog10 < MIN_GUESSES_LOG10;
  if (guessable(estimated)) return true;
  const compactPassword = lettersAndDigits(estimated);
  const compactWords = [...new Set(words.map(lettersAndDigits))].filter((word) => word.length >= 3).sort((a, b) => b.length - a.length);
  if (!compactWords.some((word) => word.length >= 4 && compactPassword.includes(word))) return false;
  return guessable(compactWords.reduce((rest, word) => rest.replaceAll(word, ''), compactPassword));
}

/** Lower case, without accents, full-width letters as plain ones: how a person's words are compared, whatever they typed. */
const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const lettersAndDigits = (text: string) => folded(text).replace(/[^\p{L}\p{N}]/gu, '');

/** Validates a new password against the common-password lists; the length is checked by `@MinLength` beside it. */
export const IsHardToGuess = (options?: ValidationOptions) =>
  ValidateBy({ name: 'hardToGuess', validator: { validate: (value) => typeof value === 'string' && !isGuessablePassword(value) } }, options);

/**
 * What anyone guesses first for a person, since login is by address: the address and its parts, the name and the
 * organisation, each with and without accents, and the start of a longer word (`brabant` of `Brabantse`).
 */
export function ownersWords(owner: { email: string; name: string; organisation: string | null }): string[] {
  const whole = [owner.email, owner.name, owner.organisation ?? ''];
  const parts = whole.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u));
  const starts = parts.flatMap((part) => [1, 2, 3].map((cut) => part.slice(0, part.length - cut)).filter((start) => start.length >= 5));
  const words = [...whole, ...parts, ...starts].map((word) => word.toLowerCase()).filter((word) => word.length >= 3);
  return [...new Set([...words, ...words.map(folded)])];
}

/** Refuses, on `field`, a password built on its owner's own address, name or organisation. */
export function assertNotOwnersWords(password: string, owner: Parameters<typeof ownersWords>[0], field: string): void {
  if (!isGuessablePassword(password, ownersWords(owner))) return;
  throw new ValidationFailedError([
    {
      field,
      message: {
        nl: 'Dit wachtwoord is te makkelijk te raden: het is gemaakt van je e-mailadres, je naam of je organisatie. Kies bijvoorbeeld vier losse woorden.',
        en: 'This password is too easy to guess: it is made of your email address, your name or your organisation. Try four unrelated words, for example.',
      },
    },
  ]);
}
