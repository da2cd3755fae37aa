import type { CsvEncoding } from '@koers/shared/enrolments';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has letters and punctuation (€, Ž, š, smart quotes)
 * instead of control characters. Node's own 'windows-1252' decoder reads those bytes as Latin-1, so they are mapped
 * here; the five bytes Windows-1252 leaves undefined keep their Latin-1 meaning, as the WHATWG encoding standard says.
 */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹',
  0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™',
  0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0)] ?? char);
}

const utf16 = new TextDecoder('utf-16le');
const macintosh = new TextDecoder('macintosh');

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isUpperCase = (char: string | undefined) => char !== undefined && /\p{Lu}/u.test(char);
const isLowerCase = (char: string | undefined) => char !== undefined && /\p{Ll}/u.test(char);
/** Signs that end a word in either encoding's text: a closing quote, an ellipsis, a mark. */
const ENDS_A_WORD = new Set(['’', '”', '…', '™', '®', '©', '°', '»', '›']);

/**
 * How many of the bytes above 0x7F read, in this decoding, as a sign inside or right after a word ("Zo‘", "M¸ller"),
 * where a letter belongs (an apostrophe in a word, "d’Hondt", is at home there), as a capital after a small letter
 * ("RenŽ", "dÕHondt", "RenÈe"), or as a control character: the marks of the wrong one of two 8-bit encodings.
 */
function misreadSigns(text: string, bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const char = text[i];
    if (/[\u0080-\u009f]/.test(char)) count++;
    else if (!isLetter(char) && isLetter(text[i - 1]) && (isLetter(text[i + 1]) ? char !== '’' : !ENDS_A_WORD.has(char))) count++;
    else if (isUpperCase(char) && isLowerCase(text[i - 1])) count++;
  }
  return count;
}

/**
 * Excel for Mac saves its plain "CSV" in Mac Roman, which puts ë, ï, é and ç where Windows-1252 has quotes and
 * bullets: the file is read as Mac Roman when that leaves fewer signs where letters belong ("Zoë", not "Zo‘").
 */
function readsAsMacintosh(bytes: Uint8Array): boolean {
  return misreadSigns(macintosh.decode(bytes), bytes) < misreadSigns(decodeWindows1252(bytes), bytes);
}

/** A CSV file's text, the encoding it was read in, and whether a `?` in it may stand for a letter lost when it was saved. */
export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /**
   * Saved in an 8-bit encoding: Windows-1252, or bytes below 0x80 only (as Excel writes Windows-1252 when every letter
   * outside it became `?`). A file with a byte order mark, or with UTF-8 letters, lost none.
   */
  lettersMayBeLost: boolean;
}

/**
 * The text of a CSV file as spreadsheet programs save it. Excel's "CSV UTF-8" and most tools write UTF-8 (often with
 * a byte order mark); Excel on Windows saves its default "CSV (gescheiden door lijstscheidingsteken)" in
 * Windows-1252 (Excel for Mac in Mac Roman), and "Unicode-tekst" in UTF-16 with its byte order mark. A line that is
 * not UTF-8 is read as Windows-1252 or, when the file's other such lines read better so, Mac Roman, so "José Müller"
 * keeps its letters, also in a list pasted together from files of both kinds (a line break is one byte in either, so
 * the lines decode on their own).
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16.decode(bytes.subarray(2)), encoding: 'utf-16le', lettersMayBeLost: false };
  try {
    const text = utf8.decode(bytes);
    return { text, encoding: 'utf-8', lettersMayBeLost: !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) && bytes.every((byte) => byte < 0x80) };
  } catch {
    const lines = splitLines(bytes).map((line) => ({ line, text: decodedUtf8(line) }));
    const eightBit = Buffer.concat(lines.filter(({ text }) => text === null).map(({ line }) => line));
    const mac = readsAsMacintosh(eightBit);
    const text = lines.map(({ line, text }) => text ?? (mac ? macintosh.decode(line) : decodeWindows1252(line))).join('');
    return { text, encoding: mac ? 'macintosh' : 'windows-1252', lettersMayBeLost: true };
  }
}

/** The lines of a file, each with its line break (one byte, 0x0A, in every 8-bit encoding and in UTF-8). */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    lines.push(bytes.subarray(start, Math.min(i + 1, bytes.length)));
    start = i + 1;
  }
  return lines;
}

function decodedUtf8(line: Uint8Array): string | null {
  try {
    return utf8.decode(line);
  } catch {
    return null;
  }
}
