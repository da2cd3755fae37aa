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

/**
 * The text of a CSV file as spreadsheet programs save it. Excel's "CSV UTF-8" and most tools write UTF-8 (often with
 * a byte order mark); Excel on Windows saves its default "CSV (gescheiden door lijstscheidingsteken)" in
 * Windows-1252, and "Unicode-tekst" in UTF-16 with its byte order mark. A file that is none of these is read as
 * Windows-1252, so "José Müller" keeps its letters.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16.decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
