import { IsStorableText } from './storable-text';
import { MAX_SEARCH_LENGTH } from '@koers/shared/api';
import { MAX_PERSON_NAME_LENGTH } from '@koers/shared/people';
import { Transform } from 'class-transformer';
import { IsDateString, IsEmail, isEmail, IsISO8601, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { WALL_CLOCK_TIME_PATTERN } from '../calendar/amsterdam-time';

/**
 * Text fields are tidied at the edge, in the DTO, so "  HIS-I " and "HIS-I" are the same name everywhere after it.
 * The variants differ only in what an empty field means: required text stays "" (and fails its @IsNotEmpty), clearing
 * an optional field stores null, and a blank optional input (web forms send "") is left out.
 */
const transformText = (tidy: (text: string) => unknown) => () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? tidy(value) : value));

export const Trimmed = transformText((text) => text.trim());

/** A search box's text (part of a name or address, as `database/search-form.ts` compares it): trimmed, at most MAX_SEARCH_LENGTH characters, storable. */
export const SearchText = (): PropertyDecorator => (target, property) => {
  Trimmed()(target, property);
  IsString()(target, property);
  MaxLength(MAX_SEARCH_LENGTH)(target, property);
  IsStorableText()(target, property);
};

/**
 * An id in a body or query: a UUID, in the lower case PostgreSQL answers with, as path ids are (`IdParam`). One in
 * capitals names the same row, and compared as a string (a mark given twice, a member listed twice) it must match.
 */
export const IsId = (options?: ValidationOptions): PropertyDecorator => (target, property) => {
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toLowerCase() : Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.toLowerCase() : item)) : value,
  )(target, property);
  IsUUID('all', options)(target, property);
};

export const TrimmedOrNull = transformText((text) => text.trim() || null);

export const TrimmedOrAbsent = transformText((text) => text.trim() || undefined);

/**
 * What makes two names of things in one list the same to a reader: they differ only in case, an invisible character
 * (a zero-width space) or a letter's width (a full-width Ａ).
 */
export const sameNameKey = (name: string) => name.normalize('NFKC').replace(/\p{Cf}/gu, '').toLocaleLowerCase('nl');

/** The index of the first name that repeats an earlier one (`sameNameKey`), or -1. */
export const repeatedNameIndex = (names: readonly string[]) => {
  const keys = names.map(sameNameKey);
  return keys.findIndex((key, index) => keys.indexOf(key) < index);
};

/**
 * An address as it is compared and stored: lower-cased (person.email has a check for it), without the invisible
 * characters that copying from a web page or Word brings along (zero-width space, soft hyphen, word joiner): with
 * one, `lotte@zorg.nl` would be another account that no mail reaches and nobody can type.
 */
export const tidyEmail = (text: string) => text.replace(/\p{Cf}/gu, '').trim().toLowerCase();

export const NormalisedEmail = transformText(tidyEmail);

/**
 * An address mail can reach: none in the reserved `.invalid` domain, where an erased person's placeholder address
 * lives (`erasedPersonEmail`), so that an erased record is never found, enrolled or made an account again through it.
 */
const MAIL_ADDRESS = { host_blacklist: [/(^|\.)invalid$/] };

export const isMailAddress = (value: string) => isEmail(value, MAIL_ADDRESS);

/** `isMailAddress` on a request's field, said as any invalid address ("Vul een geldig e-mailadres in."). */
export const IsMailAddress = () => IsEmail(MAIL_ADDRESS);

/** The part of an address after its last @: what per-domain rules (single sign-on, password login) compare. */
export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1);

export const NormalisedEmailOrAbsent = transformText((text) => tidyEmail(text) || undefined);

/**
 * An address other than the one in `field` (both normalised first): a participant is not their own director, nor a
 * director or team member their own participant. `constraint` names the message that says which.
 */
export const OtherAddressThan = (field: string, constraint: 'otherAddress' | 'ownParticipant' = 'otherAddress') =>
  ValidateBy({ name: constraint, validator: { validate: (value, args) => value !== (args?.object as Record<string, unknown> | undefined)?.[field] } });


/** A time of day on the clock, `HH:mm` from 00:00 to 23:59; another form is told which one is wanted. */
export const IsWallClockTime = (options?: ValidationOptions) =>
  ValidateBy({ name: 'wallClockTime', validator: { validate: (value) => typeof value === 'string' && WALL_CLOCK_TIME_PATTERN.test(value) } }, options);

/**
 * A real calendar day written `YYYY-MM-DD` (no 30 February) in this century: schedules and deadlines counted on
 * from a day in year 9999 ran past year 10000, which no calendar date can hold.
 */
const DAY_THIS_CENTURY = /^20\d{2}-\d{2}-\d{2}$/;
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator => (target, property) => {
  // The form first (fieldProblems tells the first): 09-03-2027, a moment, a week date or 20270302 is told which form is
  // wanted; a day of that form that does not exist (30 February) to fill in a valid date.
  ValidateBy({ name: 'calendarDay', validator: { validate: (value) => typeof value === 'string' && CALENDAR_DAY.test(value) } }, options)(target, property);
  IsISO8601({ strict: true }, options)(target, property);
  InThisCentury(options)(target, property);
};

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date, or a moment, of this century: another is a mistyped year (2208 for 2028), and told so. */
export const InThisCentury = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy({ name: 'dayThisCentury', validator: { validate: (value) => typeof value === 'string' && DAY_THIS_CENTURY.test(value.slice(0, 10)) } }, options);

/**
 * An instant with its date, time and offset, as the web app sends it (`2027-04-10T21:59:00.000Z`): one without an offset would be read in the server's zone. ISO 8601 also
 * allows week and ordinal dates (`2027-W10-2`), which JavaScript cannot read: they became Invalid Date and a 500; and
 * `24:00`, which JavaScript reads as midnight of the next day: a deadline typed as the end of 10 March showed as
 * Thursday 11 March, 00:00. Checked first, so a moment in another form is told the form wanted.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const IsInstant = (): PropertyDecorator => (target, property) => {
  ValidateBy({ name: 'instantWithOffset', validator: { validate: (value) => typeof value === 'string' && INSTANT.test(value) } })(target, property);
  IsDateString({ strict: true })(target, property);
  InThisCentury()(target, property);
};

/** No control characters, nor the direction overrides that make a name read differently from what it holds. */
const WITHOUT_CONTROLS = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u;

/** Whether the text holds a control or direction character (after tidying, which makes line breaks and tabs spaces). */
export const hasControlCharacters = (text: string) => !WITHOUT_CONTROLS.test(text);

/** Refuses a control or direction character, saying so: pasted along unseen, the writer has to be told what to remove. */
const WithoutControls = () => ValidateBy({ name: 'withoutControls', validator: { validate: (value) => typeof value === 'string' && !hasControlCharacters(value) } });

/**
 * More non-spacing marks on one letter than any script writes (Vietnamese has two, pointed Hebrew three): a stack of
 * them ("Zalgo") draws over the lines above and below, on a certificate over its heading. Spacing marks (Burmese,
 * Devanagari vowel signs) stand beside their letter and are not counted; joiners between marks do not break a stack.
 */
const STACKED_MARKS = /(?:[\p{Mn}\p{Me}][\u200C\u200D]*){5,}/u;

/** Whether the text stacks more combining marks on one letter than a script does. */
export const hasStackedMarks = (text: string) => STACKED_MARKS.test(text);

const WithoutStackedMarks = () => ValidateBy({ name: 'withoutStackedMarks', validator: { validate: (value) => typeof value === 'string' && !hasStackedMarks(value) } });

/** A one-line text holds what a line can show: no control or direction characters, no stacks of marks. */
const CleanLine = () => (target: object, property: string) => {
  WithoutControls()(target, property);
  WithoutStackedMarks()(target, property);
};

/**
 * Characters that copying from a web page, Word or a PDF brings along unseen (zero-width space, soft hyphen, word
 * joiner, byte order mark): a name holding one cannot be typed, so an `@mention` of it never matches, and a title of
 * only such characters looks empty. Joiners that shape a script or an emoji (U+200C, U+200D) are letters' business and stay.
 */
const INVISIBLE = /[\u00AD\u180E\u200B\u2060\uFEFF]/g;

/**
 * Whether anything in the text shows: a letter, digit, sign or emoji, not only spaces, format characters (joiners),
 * combining marks or the blanks some scripts have (Hangul fillers, the braille blank).
 */
const SHOWS = /[^\s\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/**
 * A text written in Koers as it is kept: NFC (an `@Renée` typed as e + accent then mentions the
 * Renée whose name is stored NFC), without invisible characters, trimmed, and empty when nothing of it shows; its
 * lines stay.
 */
const tidyText = (text: string) => {
  const tidied = text.normalize('NFC').replace(INVISIBLE, '').trim();
  return SHOWS.test(tidied) ? tidied : '';
};

/**
 * Control characters other than tabs and line breaks (an escape or bell pasted from a terminal), and the direction
 * embeddings, overrides and isolates, with which a post would read differently from what it holds ("gnirts" shown as
 * "string"). In a one-line text they are refused with a message (WithoutControls); in a post they are dropped.
 */
const TEXT_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A text of several lines written in Koers (a post, a comment, a log entry, an introduction, a remark): tidyText
 * without TEXT_CONTROLS, its line breaks `\n` (a browser's form post sends a textarea's as `\r\n`, which would count
 * twice against a length limit and differ from the same text sent as JSON; Word's line break within a paragraph,
 * pasted, is a vertical tab, and a page break a form feed: line breaks too, not nothing between two words).
 */
export const tidyFreeText = (text: string) => tidyText(text.replace(/\r\n?|[\u000B\u000C]/g, '\n').replace(TEXT_CONTROLS, ''));

export const TidyText = transformText(tidyFreeText);

/** TidyText for a field that can be cleared: left blank, it is stored as null. */
export const TidyTextOrNull = transformText((text) => tidyFreeText(text) || null);

/** TidyText for an optional field: left blank, it is left out. */
export const TidyTextOrAbsent = transformText((text) => tidyFreeText(text) || undefined);

/**
 * The direction marks (left-to-right, right-to-left, Arabic letter mark): text pasted from a web page brings them
 * along unseen. In a post they may place a full stop beside Arabic or Hebrew; in a name they only make it untypable.
 */
const DIRECTION_MARKS = /[\u200E\u200F\u061C]/g;

/**
 * A name or other one-line text: tidyText, without direction marks, with every run of whitespace (line breaks, tabs)
 * one space. The invisible characters go first: JavaScript counts a byte order mark as whitespace ("Ann a").
 */
export const tidyName = (text: string) => tidyText(text.replace(INVISIBLE, '').replace(DIRECTION_MARKS, '').replace(/\s+/g, ' '));

/**
 * One line of text (a title, the name of an edition or group), tidied like a name (tidyName) and without control or
 * direction characters: a line break typed or pasted into it would otherwise reach mail subjects and calendar lines.
 */
export const SingleLine = () => (target: object, property: string) => {
  transformText(tidyName)()(target, property);
  CleanLine()(target, property);
};

/** SingleLine for an optional field: left blank, it is left out. */
export const SingleLineOrAbsent = () => (target: object, property: string) => {
  transformText((text) => tidyName(text) || undefined)()(target, property);
  CleanLine()(target, property);
};

/** SingleLine for a field that can be cleared (a venue): left blank, it is stored as null. */
export const SingleLineOrNull = () => (target: object, property: string) => {
  transformText((text) => tidyName(text) || null)()(target, property);
  CleanLine()(target, property);
};

/**
 * A line that must be filled in (a title, the name of an edition or group): SingleLine, of at most `maxLength`
 * characters. A field answers with its first failed check, so they are registered from the plainest on: text, filled
 * in, not too long, one clean line.
 */
export const RequiredLine = (maxLength: number) => (target: object, property: string) => {
  IsString()(target, property);
  IsNotEmpty()(target, property);
  MaxLength(maxLength)(target, property);
  SingleLine()(target, property);
};

/** A person's name in any script: a RequiredLine of at most MAX_PERSON_NAME_LENGTH characters. */
export const PersonName = () => RequiredLine(MAX_PERSON_NAME_LENGTH);

/**
 * The PostgreSQL regular expression (an SQL text expression) of an `@Full Name` mention of any of `names` (an SQL
 * expression of a text array), each name read as written (PostgreSQL has no quoting function: every character but a
 * letter, digit or space is escaped). A mention ends where the name does: `@Jan Smit` is no part of `@Jan Smits`,
 * someone else.
 */
export const mentionPattern = (names: string) =>
  `('@(?:' || (SELECT string_agg(regexp_replace(n, '([^[:alnum:][:space:]])', '\\\\\\1', 'g'), '|') FROM unnest(${names}) AS n) || ')(?![[:alnum:]])')`;
