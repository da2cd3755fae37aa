import { LOCALE_TAGS, type Locale } from '@koers/shared/domain';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from './koers-error';
import type { Localized } from './localized';
import { UNSTORABLE_TEXT_MESSAGE } from '../app/storable-text';

/** `limit`: the number in class-validator's default message; `defaultMessage` for what else it names. */
type Template = (limit: string, defaultMessage: string) => Localized;

/** The values a field takes, as class-validator's `isIn` names them, so a client that sent another learns which. */
const oneOf = (_: string, defaultMessage: string): Localized => {
  const values = /following values: (.+)$/.exec(defaultMessage)?.[1];
  return values ? { nl: `Kies een van: ${values}.`, en: `Choose one of: ${values}.` } : { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' };
};

/** A count as each language writes it (10.000 characters, 10,000 characters); a limit on a value, such as a year, is left as it is. */
const count = (limit: string, language: Locale) => Number(limit).toLocaleString(LOCALE_TAGS[language]);

/** Dutch and English texts for the class-validator constraints our DTOs use; the limit comes from the default message. */
const TEMPLATES: Record<string, Template> = {
  isDefined: () => ({ nl: 'Dit veld is verplicht.', en: 'This field is required.' }),
  // Sent as null: on a field one may leave out (an update), it is not "required", but it cannot be emptied.
  notNull: () => ({ nl: 'Dit veld kan niet leeg (null) zijn.', en: 'This field cannot be empty (null).' }),
  isNotEmpty: () => ({ nl: 'Dit veld is verplicht.', en: 'This field is required.' }),
  isEmail: () => ({ nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid email address.' }),
  otherAddress: () => ({
    nl: 'Dit is het e-mailadres van de deelnemer zelf, niet dat van de directeur; vul het e-mailadres van de directeur in.',
    en: "This is the participant's own email address, not the director's; enter the director's email address.",
  }),
  ownParticipant: () => ({
    nl: 'Dit is het eigen e-mailadres van deze persoon; vul het e-mailadres in van de deelnemer die diegene steunt.',
    en: "This is this person's own email address; enter the email address of the participant they support.",
  }),
  isString: () => ({ nl: 'Vul tekst in.', en: 'Enter text.' }),
  storableText: () => UNSTORABLE_TEXT_MESSAGE,
  isBoolean: () => ({ nl: 'Kies ja of nee.', en: 'Choose yes or no.' }),
  isInt: () => ({ nl: 'Vul een heel getal in.', en: 'Enter a whole number.' }),
  isUuid: () => ({ nl: 'Dit is geen geldige verwijzing.', en: 'This is not a valid reference.' }),
  isIn: oneOf,
  isEnum: oneOf,
  isUrl: () => ({ nl: 'Vul een geldige link in (https://…).', en: 'Enter a valid link (https://…).' }),
  webhookUrl: () => ({
    nl: 'Vul een https-adres in zonder gebruikersnaam of wachtwoord (http alleen voor localhost).',
    en: 'Enter an https address without a user name or password (http only for localhost).',
  }),
  isDateString: () => ({ nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' }),
  isIso8601: () => ({ nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' }),
  wallClockTime: () => ({ nl: 'Vul een tijd in als uu:mm, van 00:00 tot 23:59, zoals 09:30.', en: 'Enter a time as hh:mm, from 00:00 to 23:59, such as 09:30.' }),
  calendarDay: () => ({ nl: 'Vul een datum in als jjjj-mm-dd, zoals 2027-03-09.', en: 'Enter a date as yyyy-mm-dd, such as 2027-03-09.' }),
  dayThisCentury: () => ({ nl: 'Kies een datum in deze eeuw: is het jaartal goed getypt?', en: 'Choose a date in this century: is the year typed correctly?' }),
  isArray: () => ({ nl: 'Verwacht een lijst.', en: 'Expected a list.' }),
  isObject: () => ({ nl: 'Verwacht velden met hun waarden, geen lijst of losse waarde.', en: 'Expected fields with their values, not a list or a single value.' }),
  arrayMaxSize: (n) => ({ nl: `Maximaal ${count(n, 'nl')} items.`, en: `At most ${count(n, 'en')} items.` }),
  arrayUnique: () => ({ nl: 'Elk item mag maar één keer in de lijst staan.', en: 'Each item may appear only once in the list.' }),
  arrayMinSize: (n) => (n === '1' ? { nl: 'Kies er minstens één.', en: 'Choose at least one.' } : { nl: `Kies er minstens ${n}.`, en: `Choose at least ${n}.` }),
  matches: () => ({ nl: 'Deze waarde heeft niet de juiste vorm.', en: 'This value does not have the right format.' }),
  instantWithOffset: () => ({
    nl: 'Vul een moment in met datum, tijd en tijdzone, zoals 2027-03-09T23:59:00+01:00 of 2027-03-09T22:59:00Z.',
    en: 'Enter a moment with its date, time and time zone, such as 2027-03-09T23:59:00+01:00 or 2027-03-09T22:59:00Z.',
  }),
  withoutControls: () => ({
    nl: 'Dit veld bevat een onzichtbaar stuurteken, zoals een tekstrichtingsteken of een regeleinde dat er niet hoort; haal het weg of typ de tekst opnieuw.',
    en: 'This field holds an invisible control character, such as a text-direction mark or a stray line break; remove it or type the text again.',
  }),
  withoutStackedMarks: () => ({
    nl: 'Dit veld stapelt meer accenten op één letter dan een schrift doet; laat er hoogstens vier op een letter staan.',
    en: 'This field stacks more accents on one letter than any script does; keep at most four on a letter.',
  }),
  minLength: (n) => ({ nl: `Gebruik minstens ${count(n, 'nl')} tekens.`, en: `Use at least ${count(n, 'en')} characters.` }),
  maxLength: (n) => ({ nl: `Gebruik hoogstens ${count(n, 'nl')} tekens.`, en: `Use at most ${count(n, 'en')} characters.` }),
  min: (n) => ({ nl: `Moet minstens ${n} zijn.`, en: `Must be at least ${n}.` }),
  max: (n) => ({ nl: `Mag hoogstens ${n} zijn.`, en: `Must be at most ${n}.` }),
  whitelistValidation: () => ({ nl: 'Dit veld is onbekend.', en: 'This field is not allowed.' }),
  hardToGuess: () => ({
    nl: 'Dit wachtwoord is te makkelijk te raden: het staat in lijsten van veelgebruikte wachtwoorden of is een reeks of herhaling. Kies bijvoorbeeld vier losse woorden.',
    en: 'This password is too easy to guess: it is on lists of common passwords or is a sequence or repetition. Try four unrelated words, for example.',
  }),
  nestedValidation: () => ({ nl: 'Ongeldige waarde.', en: 'Invalid value.' }),
};

const fallback: Template = () => ({ nl: 'Ongeldige waarde.', en: 'Invalid value.' });

/** The checks of a value's kind: when one fails, a range or format message would say nothing of what is wrong. */
const KIND_CHECKS = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isObject']);

/** A text's length: said of a value that is no text at all (`123` as an email address), it would be false. */
const LENGTH_CHECKS = new Set(['maxLength', 'minLength']);

/**
 * Flattens class-validator's tree into one problem per field, with dotted paths for nested fields. A field left out
 * is said to be required (one sent as null, that it cannot be empty), and a value of the wrong kind says so, whichever of its checks came first ("Mag hoogstens
 * 2098 zijn" for "abc" said nothing of what was wrong); a value that is no text is not told about its length, and
 * one of the wrong kind not about its parts (a list where fields are expected, item by item).
 */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const leftOut = (error.value === undefined || error.value === null) && !constraints.some(([constraint]) => constraint === 'whitelistValidation');
    const wrongKind = constraints.filter(([constraint]) => KIND_CHECKS.has(constraint));
    const told = typeof error.value === 'string' ? constraints : constraints.filter(([constraint]) => !LENGTH_CHECKS.has(constraint));
    const notText = told.length === 0 && constraints.length > 0 ? [['isString', '']] : told;
    const own = (leftOut && constraints.length > 0 ? [[error.value === null ? 'notNull' : 'isDefined', '']] : wrongKind.length > 0 ? wrongKind : notText)
      .slice(0, 1)
      .map(([constraint, defaultMessage]) => ({
        field,
        message: (TEMPLATES[constraint] ?? fallback)(/(\d+)/.exec(defaultMessage)?.[1] ?? '', defaultMessage),
      }));
    return [...own, ...(wrongKind.length > 0 ? [] : fieldProblems(error.children ?? [], field))];
  });
}
