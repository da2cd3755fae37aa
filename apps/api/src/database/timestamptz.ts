type Parser = (text: string) => unknown;

export const PG_TIMESTAMPTZ_OID = 1184;

const DIGIT_0 = 48;
const [DASH, SPACE, COLON, DOT, PLUS] = ['-', ' ', ':', '.', '+'].map((c) => c.charCodeAt(0));
const MINUS = DASH;

/** The number written by `length` digits from `at`, or -1 where there is anything else. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The instant of a timestamptz as PostgreSQL writes it with `DateStyle` ISO (`2027-03-09 08:30:00+00`, with up to six
 * decimals and an offset of hours, minutes and seconds), in milliseconds; null for anything else (infinity, BC, a year
 * before 100 or after 9999), which the fallback reads.
 */
function instantOf(text: string): number | null {
  if (text.length < 22 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== SPACE) return null;
  if (text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  // Date.UTC reads the years 0-99 as 1900-1999.
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return null;
  let at = 19;
  let milliseconds = 0;
  if (text.charCodeAt(at) === DOT) {
    let end = at + 1;
    while (digitsAt(text, end, 1) >= 0) end++;
    if (end === at + 1) return null;
    // The first three decimals: what pg's own parser makes of them too (1000 × the fraction, cut to a whole number),
    // as a test checks for every fraction of one to three decimals.
    for (let i = at + 1; i < at + 4; i++) milliseconds = milliseconds * 10 + (i < end ? text.charCodeAt(i) - DIGIT_0 : 0);
    at = end;
  }
  const sign = text.charCodeAt(at);
  if (sign !== PLUS && sign !== MINUS) return null;
  // ±HH, ±HH:MM or ±HH:MM:SS
  let offsetSeconds = 0;
  for (let unit = 3600, from = at + 1; ; unit /= 60, from += 3) {
    const value = digitsAt(text, from, 2);
    if (value < 0) return null;
    offsetSeconds += value * unit;
    if (from + 2 === text.length) break;
    if (unit === 1 || text.charCodeAt(from + 2) !== COLON) return null;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - (sign === MINUS ? -1 : 1) * offsetSeconds * 1000;
}

/**
 * A timestamptz parser that reads PostgreSQL's usual form itself and leaves the rest to `fallback` (pg's own). pg's
 * parser runs two or three regular expressions over every timestamp; the schedule and the calendar feed read dozens per
 * request.
 */
export function timestamptzParser(fallback: Parser): (text: string) => unknown {
  return (text) => {
    const instant = instantOf(text);
    return instant === null ? fallback(text) : new Date(instant);
  };
}
